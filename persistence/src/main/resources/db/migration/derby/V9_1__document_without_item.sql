-- A document of a jandarshan application belongs to no work item (see V9).
ALTER TABLE document ALTER COLUMN item_id NULL;
