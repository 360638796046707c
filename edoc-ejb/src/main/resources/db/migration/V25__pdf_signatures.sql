-- edoc schema, version 25: the signatures found inside an accepted packet's PDF attachments (issue 21), as the axis
-- checked them at acceptance, written once with the packet: a row a signature; a PDF without a signature or one that
-- could not be read has one row with signature_no 0. A connected system may be required to send them valid.

ALTER TABLE connected_system ADD COLUMN pdf_signatures VARCHAR(8) DEFAULT 'REPORTED' NOT NULL;

CREATE TABLE pdf_signature (
    packet_id       CHAR(36)      NOT NULL,
    position        INT           NOT NULL,
    attachment_no   INT           NOT NULL,
    attachment_name VARCHAR(255)  NOT NULL,
    signature_no    INT           NOT NULL,
    signer_name     VARCHAR(200),
    office_code     VARCHAR(35),
    signed_at       DATETIME(3),
    time_stamped    BOOLEAN       DEFAULT FALSE NOT NULL,
    covers_whole    BOOLEAN       DEFAULT FALSE NOT NULL,
    -- null: valid (or, with signature_no 0, no signature); else the first failed check's code and its message's values
    code            VARCHAR(40),
    arguments       VARCHAR(2000),
    CONSTRAINT pk_pdf_signature PRIMARY KEY (packet_id, position),
    CONSTRAINT fk_pdf_signature_packet FOREIGN KEY (packet_id) REFERENCES packet (packet_id)
);
