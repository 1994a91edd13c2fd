-- A compliance document has no item (see V8).
ALTER TABLE document ALTER COLUMN item_id DROP NOT NULL;
ALTER TABLE document ADD CONSTRAINT ck_document_owner
    CHECK ((item_id IS NULL AND assignment_id IS NOT NULL) OR (item_id IS NOT NULL AND assignment_id IS NULL));
CREATE INDEX ix_document_assignment ON document (assignment_id);
