-- A document of a jandarshan application belongs to neither a work item nor a compliance report
-- (V9 links it to its application); item_id may already be null (V8_1). A document still has at
-- most one of the two owners.
ALTER TABLE document DROP CONSTRAINT ck_document_owner;
ALTER TABLE document ADD CONSTRAINT ck_document_owner CHECK (item_id IS NULL OR assignment_id IS NULL);
