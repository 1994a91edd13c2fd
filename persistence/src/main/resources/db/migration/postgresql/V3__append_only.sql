-- Permanent notes, movements and per-item audit entries can never be changed or deleted, whatever
-- program connects.
CREATE FUNCTION daftar_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'daftar: % of % row % is not allowed', TG_OP, TG_TABLE_NAME, OLD USING ERRCODE = 'P0001';
END;
$$;
CREATE TRIGGER note_permanent BEFORE UPDATE OR DELETE ON note
    FOR EACH ROW WHEN (OLD.permanent) EXECUTE FUNCTION daftar_refuse_change();
CREATE TRIGGER movement_append_only BEFORE UPDATE OR DELETE ON movement
    FOR EACH ROW EXECUTE FUNCTION daftar_refuse_change();
CREATE TRIGGER item_audit_append_only BEFORE UPDATE OR DELETE ON item_audit
    FOR EACH ROW EXECUTE FUNCTION daftar_refuse_change();
