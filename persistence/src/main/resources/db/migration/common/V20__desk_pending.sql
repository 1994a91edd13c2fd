-- How many files and receipts each post holds pending (in the inbox or parked): the pendency
-- counters of kinds FILE and RECEIPT summed by post, kept in the same transaction as they are
-- (org.daftar.mis.pend.PendencyLedger). The inbox's total reads one row here instead of counting
-- the desk's items: a busy desk of a district with a million files holds some 60,000, and Derby
-- counts them in 50 ms on every page.
CREATE TABLE desk_pending (
    post_id BIGINT NOT NULL PRIMARY KEY,
    items INTEGER NOT NULL
);
INSERT INTO desk_pending (post_id, items)
    SELECT post_id, SUM(items) FROM pendency_count WHERE kind IN ('FILE', 'RECEIPT') GROUP BY post_id;
