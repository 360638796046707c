-- edoc schema, version 12: the document-management systems connected to the axis over SOAP.
-- A system authenticates with its id and a secret the axis generated (WS-Security UsernameToken); only the secret's
-- SHA-256 is kept. Optionally it must also present a TLS client certificate (its SHA-256). It acts for, and reads
-- the documents of, the offices its scopes name (an office code, code/** for a branch of the tree, level:NAME or *),
-- and makes at most requests_per_minute calls.

CREATE TABLE connected_system (
    system_id           VARCHAR(64)  NOT NULL,
    name                VARCHAR(200) NOT NULL,
    secret_sha256       CHAR(64)     NOT NULL,
    certificate_sha256  CHAR(64),
    state               VARCHAR(10)  NOT NULL,
    requests_per_minute INT          NOT NULL,
    created_at          DATETIME(3)  NOT NULL,
    secret_issued_at    DATETIME(3)  NOT NULL,
    CONSTRAINT pk_connected_system PRIMARY KEY (system_id)
);

CREATE TABLE connected_system_scope (
    system_id VARCHAR(64) NOT NULL,
    position  INT         NOT NULL,
    scope     VARCHAR(60) NOT NULL,
    CONSTRAINT pk_connected_system_scope PRIMARY KEY (system_id, position),
    CONSTRAINT fk_connected_system_scope FOREIGN KEY (system_id) REFERENCES connected_system (system_id)
);
