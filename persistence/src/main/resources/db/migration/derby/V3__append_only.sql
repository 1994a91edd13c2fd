-- Permanent notes, movements and per-item audit entries can never be changed or deleted, whatever
-- program connects. Derby has no RAISE: the trigger evaluates a cast that cannot succeed, and the
-- statement fails with SQLState 22018 naming the row.
CREATE TRIGGER note_permanent_update NO CASCADE BEFORE UPDATE ON note
    REFERENCING OLD AS o FOR EACH ROW WHEN (o.permanent)
    VALUES CAST('permanent note ' || TRIM(CAST(o.id AS CHAR(20))) AS INTEGER);
CREATE TRIGGER note_permanent_delete NO CASCADE BEFORE DELETE ON note
    REFERENCING OLD AS o FOR EACH ROW WHEN (o.permanent)
    VALUES CAST('permanent note ' || TRIM(CAST(o.id AS CHAR(20))) AS INTEGER);
CREATE TRIGGER movement_no_update NO CASCADE BEFORE UPDATE ON movement
    REFERENCING OLD AS o FOR EACH ROW
    VALUES CAST('movement ' || TRIM(CAST(o.id AS CHAR(20))) AS INTEGER);
CREATE TRIGGER movement_no_delete NO CASCADE BEFORE DELETE ON movement
    REFERENCING OLD AS o FOR EACH ROW
    VALUES CAST('movement ' || TRIM(CAST(o.id AS CHAR(20))) AS INTEGER);
CREATE TRIGGER item_audit_no_update NO CASCADE BEFORE UPDATE ON item_audit
    REFERENCING OLD AS o FOR EACH ROW
    VALUES CAST('audit ' || TRIM(CAST(o.item_id AS CHAR(20))) AS INTEGER);
CREATE TRIGGER item_audit_no_delete NO CASCADE BEFORE DELETE ON item_audit
    REFERENCING OLD AS o FOR EACH ROW
    VALUES CAST('audit ' || TRIM(CAST(o.item_id AS CHAR(20))) AS INTEGER);
