-- The review pack's "desk delays" lists the active files and receipts held longest, oldest first,
-- up to a few thousand. Without an index in that order Derby read all of work_item (4 M rows in a
-- district of a million files) and sorted the 255,000 active ones: 5 s of the pack. Along this
-- index it reads the oldest in order and stops.
CREATE INDEX ix_item_held ON work_item (status, held_since, id);
