-- The review pack's PDF and Excel workbook (see common/V15): PostgreSQL keeps bytes in BYTEA.
ALTER TABLE review_pack ADD COLUMN pdf BYTEA;
ALTER TABLE review_pack ADD COLUMN xlsx BYTEA;
