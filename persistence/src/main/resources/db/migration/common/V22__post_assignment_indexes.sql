-- A user's posts (every request reads them: what the caller holds and may act on) and a post's
-- current holders (every movement looks up whom to notify) were read by scanning all of
-- post_assignment: 3,500 rows in a district, 0.15 ms a look on PostgreSQL, each twice per forward
-- through the file page; a state's table is ten times longer.
CREATE INDEX ix_post_assignment_user ON post_assignment (user_id, from_date);
CREATE INDEX ix_post_assignment_post ON post_assignment (post_id, to_date);
