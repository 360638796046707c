-- edoc schema, version 13: a packet's bytes in chunks (of 256 KiB), so that a packet of hundreds of megabytes is
-- written and read one chunk at a time (no driver or server needs a whole packet in one buffer: MariaDB's default
-- max_allowed_packet is 16 MiB). Chunks are written in the transaction that accepts the packet.

CREATE TABLE packet_chunk (
    packet_id VARCHAR(36) NOT NULL,
    seq       INT         NOT NULL,
    bytes     LONGBLOB    NOT NULL,
    CONSTRAINT pk_packet_chunk PRIMARY KEY (packet_id, seq),
    CONSTRAINT fk_packet_chunk_packet FOREIGN KEY (packet_id) REFERENCES packet (packet_id)
);

-- packets accepted before: one chunk each, as large as the packet was
INSERT INTO packet_chunk (packet_id, seq, bytes) SELECT packet_id, 0, bytes FROM packet_content;
DROP TABLE packet_content;
