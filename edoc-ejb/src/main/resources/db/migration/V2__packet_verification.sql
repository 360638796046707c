-- edoc schema, version 2: the signature verification of each accepted packet, step by step, as the verifier
-- reported it (written once with the packet, never changed).

CREATE TABLE packet_verification (
    packet_id CHAR(36)    NOT NULL,
    step_no   INT         NOT NULL,
    step      VARCHAR(30) NOT NULL,
    role      VARCHAR(10),
    outcome   VARCHAR(15) NOT NULL,
    code      VARCHAR(40),
    CONSTRAINT pk_packet_verification PRIMARY KEY (packet_id, step_no),
    CONSTRAINT fk_packet_verification_packet FOREIGN KEY (packet_id) REFERENCES packet (packet_id)
);
