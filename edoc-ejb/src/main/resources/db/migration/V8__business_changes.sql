-- edoc schema, version 8: revocations, updates and replacements (BussinessDocType 1, 2, 3), and due dates. A change
-- names the earlier document it acts on; until that document has arrived, the change's deliveries are HELD.
-- The same SQL runs on H2 and on MySQL/MariaDB.

ALTER TABLE packet ADD COLUMN business_type INT DEFAULT 0 NOT NULL;
-- the DocumentId of the sender's earlier document that a revocation, update or replacement acts on
ALTER TABLE packet ADD COLUMN changes_document_id VARCHAR(200);
-- that document's packet, once the axis has it (NULL while the change waits for its original)
ALTER TABLE packet ADD COLUMN changes_packet_id CHAR(36);
-- for an update: the recipients it removes (ReceiverType 0), separated by spaces
ALTER TABLE packet ADD COLUMN removed_recipients VARCHAR(1000);
-- MessageHeader/DueDate: the date by which the recipients are to have handled the document
ALTER TABLE packet ADD COLUMN due_date DATE;
CREATE INDEX ix_packet_changes ON packet (sender_code, changes_document_id);
CREATE INDEX ix_packet_due_date ON packet (due_date);
