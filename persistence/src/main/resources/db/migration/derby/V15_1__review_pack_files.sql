-- The review pack's PDF and Excel workbook (see common/V15): Derby keeps bytes in BLOBs.
ALTER TABLE review_pack ADD COLUMN pdf BLOB(64M);
ALTER TABLE review_pack ADD COLUMN xlsx BLOB(64M);
