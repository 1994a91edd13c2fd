-- The pendency read model's primary keys begin with their numbers (see postgresql/V19). Every
-- movement deletes, inserts and reads a pendency_item by its key and updates two pendency_count
-- rows. With the text column first, each step of the index search compared text, and Derby's
-- Hindi collation (territory hi_IN) builds a collation key for each such comparison: a tenth of a
-- forward's CPU. With the item's or post's id first the text is compared only between equal ids.
ALTER TABLE pendency_item DROP PRIMARY KEY;
ALTER TABLE pendency_item ADD PRIMARY KEY (item_id, source);
ALTER TABLE pendency_count DROP PRIMARY KEY;
ALTER TABLE pendency_count ADD PRIMARY KEY (post_id, since_day, due_day, department_id, section_id, kind);
-- the new key leads with post_id: this index said nothing more
DROP INDEX ix_pendency_count_post;
