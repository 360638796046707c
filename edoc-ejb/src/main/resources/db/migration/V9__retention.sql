-- edoc schema, version 9: retention. After the configured period a packet's bytes are deleted; its row stays (the
-- key of idempotent sending, the deliveries, statuses and traces), and receipts and the audit log are never purged.

ALTER TABLE packet ADD COLUMN purged_at DATETIME(3);
CREATE INDEX ix_packet_accepted_at ON packet (accepted_at);
