-- edoc schema, version 5: status packets. A status packet is stored and forwarded like a document (a packet of kind
-- STATUS with one delivery to the office it informs); what it reports is appended to the reported copy's status log.
-- The same SQL runs on H2 and on MySQL/MariaDB.

ALTER TABLE packet ADD COLUMN kind VARCHAR(8) DEFAULT 'DOCUMENT' NOT NULL;
-- the document a status answers (its packet), so that the sender's timeline finds its statuses
ALTER TABLE packet ADD COLUMN answers_packet_id CHAR(36);
ALTER TABLE packet ADD COLUMN status_code CHAR(2);

-- the recipient's progress (01-06) on its copy, a change (13, revoke, update, replace) waiting for its answer, and
-- whether a recall or revocation withdrew the copy
ALTER TABLE delivery ADD COLUMN progress CHAR(2);
ALTER TABLE delivery ADD COLUMN change_pending VARCHAR(10);
ALTER TABLE delivery ADD COLUMN withdrawn BOOLEAN DEFAULT FALSE NOT NULL;

-- every status reported on a copy, appended and never changed
CREATE TABLE delivery_status (
    id               BIGINT        NOT NULL,
    delivery_id      BIGINT        NOT NULL,
    status_code      CHAR(2)       NOT NULL,
    description      VARCHAR(1000),
    staff_name       VARCHAR(50),
    reported_at      DATETIME(3),
    recorded_at      DATETIME(3)   NOT NULL,
    status_packet_id CHAR(36)      NOT NULL,
    CONSTRAINT pk_delivery_status PRIMARY KEY (id),
    CONSTRAINT fk_delivery_status_delivery FOREIGN KEY (delivery_id) REFERENCES delivery (id),
    CONSTRAINT fk_delivery_status_packet FOREIGN KEY (status_packet_id) REFERENCES packet (packet_id)
);
CREATE INDEX ix_delivery_status_delivery ON delivery_status (delivery_id, id);
INSERT INTO id_generator (name, next_value) VALUES ('delivery_status', 0);
