-- The documents a citizen hands in with a jandarshan application (a copy of the khasra, a ration
-- card, a photo). The bytes and their row are the ordinary document store's; this table says which
-- application each belongs to. Portable SQL for Derby and PostgreSQL. (V9_1, per database, lets a
-- document belong to something other than a work item.)
CREATE TABLE jandarshan_document (
    application_id BIGINT NOT NULL REFERENCES jandarshan_application (id),
    document_id BIGINT NOT NULL REFERENCES document (id),
    PRIMARY KEY (application_id, document_id),
    CONSTRAINT uq_jandarshan_document UNIQUE (document_id)
);
