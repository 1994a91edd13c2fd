-- Meetings keep their minutes in English and in Hindi; a compliance report carries documents.
-- A document now belongs either to a receipt/file (item_id) or to an assignee's compliance
-- (assignment_id); dropping item_id's NOT NULL is vendor SQL, in V8_1 under derby/ and postgresql/.
ALTER TABLE meeting ADD COLUMN minutes_hi VARCHAR(20000);
CREATE INDEX ix_meeting_type_date ON meeting (meeting_type, meeting_date);

ALTER TABLE document ADD COLUMN assignment_id BIGINT;
ALTER TABLE document ADD CONSTRAINT fk_document_assignment FOREIGN KEY (assignment_id) REFERENCES assignment (id);
