-- The pendency read model's primary keys begin with their numbers, as on Derby (see derby/V19,
-- where it matters most: Derby compares text through the Hindi collation).
ALTER TABLE pendency_item DROP CONSTRAINT pendency_item_pkey;
ALTER TABLE pendency_item ADD PRIMARY KEY (item_id, source);
ALTER TABLE pendency_count DROP CONSTRAINT pendency_count_pkey;
ALTER TABLE pendency_count ADD PRIMARY KEY (post_id, since_day, due_day, department_id, section_id, kind);
-- the new key leads with post_id: this index said nothing more
DROP INDEX ix_pendency_count_post;
