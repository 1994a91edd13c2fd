-- The inbox lists a desk's items by urgency, then time on the desk, then id. With the id in the
-- index the database reads the first page in index order and stops there, instead of sorting
-- every item the desk holds (thousands on a busy desk) for each page.
DROP INDEX ix_item_desk;
CREATE INDEX ix_item_desk ON work_item (holder_post_id, status, urgency DESC, held_since, id);
