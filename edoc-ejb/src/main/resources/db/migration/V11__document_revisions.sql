-- edoc schema, version 11: an update or replacement may come under the DocumentId of the document it changes.
-- Under one DocumentId a sender has one original (revision 0, or the next one when its changes came first) and any
-- number of updates and replacements of it; the key stays unique, now with the revision.

ALTER TABLE packet ADD COLUMN revision INT DEFAULT 0 NOT NULL;
-- the new key first: MariaDB keeps an index on sender_code for the foreign key at every step
ALTER TABLE packet ADD CONSTRAINT uq_packet_sender_document_revision UNIQUE (sender_code, document_id, revision);
ALTER TABLE packet DROP CONSTRAINT uq_packet_sender_document;
