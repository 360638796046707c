-- edoc schema, version 7: the audit log. Every action the axis takes is appended as one entry whose hash covers the
-- previous entry's hash, so that an edited, removed or inserted row breaks the chain from there on. The head row is
-- locked by each append, which numbers entries without gaps in commit order.

CREATE TABLE audit_entry (
    seq           BIGINT        NOT NULL,
    -- milliseconds since 1970 (UTC): a number survives every driver exactly, and the hash covers it
    at_millis     BIGINT        NOT NULL,
    actor         VARCHAR(64)   NOT NULL,
    action        VARCHAR(40)   NOT NULL,
    subject       VARCHAR(200),
    detail        VARCHAR(1000),
    previous_hash CHAR(64)      NOT NULL,
    hash          CHAR(64)      NOT NULL,
    CONSTRAINT pk_audit_entry PRIMARY KEY (seq)
);

CREATE TABLE audit_head (
    id        INT      NOT NULL,
    last_seq  BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL,
    CONSTRAINT pk_audit_head PRIMARY KEY (id)
);
INSERT INTO audit_head (id, last_seq, last_hash)
    VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
