-- edoc schema, version 6: the axis's signed receipts, one when it accepts a packet and one when a recipient confirms
-- holding it. No foreign key to packet: receipts outlive the packets that retention purges.

CREATE TABLE receipt (
    receipt_id     CHAR(36)    NOT NULL,
    packet_id      CHAR(36)    NOT NULL,
    recipient_code VARCHAR(35),
    kind           VARCHAR(10) NOT NULL,
    issued_at      DATETIME(3) NOT NULL,
    signed_xml     LONGBLOB    NOT NULL,
    CONSTRAINT pk_receipt PRIMARY KEY (receipt_id)
);
CREATE INDEX ix_receipt_packet ON receipt (packet_id);
