-- edoc schema, version 1: the directory's offices, accepted packets, their bytes, one delivery per recipient and
-- the append-only events of each delivery. The same SQL runs on H2 and on MySQL/MariaDB.

CREATE TABLE office (
    code        VARCHAR(35)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    level_name  VARCHAR(20)  NOT NULL,
    parent_code VARCHAR(35),
    active      BOOLEAN      NOT NULL,
    CONSTRAINT pk_office PRIMARY KEY (code),
    CONSTRAINT fk_office_parent FOREIGN KEY (parent_code) REFERENCES office (code)
);

CREATE TABLE packet (
    packet_id   CHAR(36)     NOT NULL,
    sender_code VARCHAR(35)  NOT NULL,
    document_id VARCHAR(200) NOT NULL,
    subject     VARCHAR(500) NOT NULL,
    sha256      CHAR(64)     NOT NULL,
    size_bytes  BIGINT       NOT NULL,
    accepted_at DATETIME(3)  NOT NULL,
    CONSTRAINT pk_packet PRIMARY KEY (packet_id),
    -- a sender's DocumentId names one packet for ever: the key behind idempotent sending
    CONSTRAINT uq_packet_sender_document UNIQUE (sender_code, document_id),
    CONSTRAINT fk_packet_sender FOREIGN KEY (sender_code) REFERENCES office (code)
);

CREATE TABLE packet_content (
    packet_id CHAR(36) NOT NULL,
    bytes     LONGBLOB NOT NULL,
    CONSTRAINT pk_packet_content PRIMARY KEY (packet_id),
    CONSTRAINT fk_packet_content_packet FOREIGN KEY (packet_id) REFERENCES packet (packet_id)
);

CREATE TABLE delivery (
    id             BIGINT      NOT NULL,
    packet_id      CHAR(36)    NOT NULL,
    recipient_code VARCHAR(35) NOT NULL,
    state          VARCHAR(20) NOT NULL,
    state_since    DATETIME(3) NOT NULL,
    CONSTRAINT pk_delivery PRIMARY KEY (id),
    CONSTRAINT uq_delivery_packet_recipient UNIQUE (packet_id, recipient_code),
    CONSTRAINT fk_delivery_packet FOREIGN KEY (packet_id) REFERENCES packet (packet_id),
    CONSTRAINT fk_delivery_recipient FOREIGN KEY (recipient_code) REFERENCES office (code)
);
CREATE INDEX ix_delivery_recipient_state ON delivery (recipient_code, state);

CREATE TABLE delivery_event (
    id          BIGINT      NOT NULL,
    delivery_id BIGINT      NOT NULL,
    state       VARCHAR(20) NOT NULL,
    occurred_at DATETIME(3) NOT NULL,
    CONSTRAINT pk_delivery_event PRIMARY KEY (id),
    CONSTRAINT fk_delivery_event_delivery FOREIGN KEY (delivery_id) REFERENCES delivery (id)
);

-- identifiers handed out in blocks by JPA table generators (identity columns are not portable to the bundled H2)
CREATE TABLE id_generator (
    name       VARCHAR(50) NOT NULL,
    next_value BIGINT      NOT NULL,
    CONSTRAINT pk_id_generator PRIMARY KEY (name)
);
INSERT INTO id_generator (name, next_value) VALUES ('delivery', 0);
INSERT INTO id_generator (name, next_value) VALUES ('delivery_event', 0);
