-- A compliance document has no item (see V8). Derby creates the foreign key's index by itself.
ALTER TABLE document ALTER COLUMN item_id NULL;
ALTER TABLE document ADD CONSTRAINT ck_document_owner
    CHECK ((item_id IS NULL AND assignment_id IS NOT NULL) OR (item_id IS NOT NULL AND assignment_id IS NULL));
