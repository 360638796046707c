-- edoc schema, version 24: what the reader forgave in an accepted packet (issue 21), warning by warning, written once
-- with the packet: the stored packet stays byte for byte what was sent, these rows say what was read differently.
-- A connected system reads its packets TOLERANT (warnings recorded, the packet accepted) or STRICT (warnings refuse).

ALTER TABLE connected_system ADD COLUMN packet_reading VARCHAR(8) DEFAULT 'TOLERANT' NOT NULL;

CREATE TABLE packet_warning (
    packet_id   CHAR(36)      NOT NULL,
    position    INT           NOT NULL,
    code        VARCHAR(40)   NOT NULL,
    path        VARCHAR(500),
    line_no     INT           NOT NULL,
    column_no   INT           NOT NULL,
    -- the value the axis read the field as (canonical edXML form); null: the field was read as absent
    read_as     VARCHAR(1000),
    -- the values of the message's placeholders, separated by U+001F, each cut to 200 characters
    arguments   VARCHAR(2000),
    CONSTRAINT pk_packet_warning PRIMARY KEY (packet_id, position),
    CONSTRAINT fk_packet_warning_packet FOREIGN KEY (packet_id) REFERENCES packet (packet_id)
);
