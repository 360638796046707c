-- edoc schema, version 17: the national axis protocol (VXP, README "National axis protocol").
-- A connected system calls over SOAP, VXP or both. VXP authenticates with an HMAC keyed by the secret itself, so a VXP
-- system's secret is kept encrypted (AES-GCM under the key file edoc.systems.secret-key-file, bound to its system id);
-- a SOAP-only system keeps only the SHA-256. Each system says whether the packets it sends must carry XML-DSig on
-- their envelope (REQUIRED) or are vouched for by the system when they carry none (IF_PRESENT); a packet accepted so
-- names the system in vouched_by.
ALTER TABLE connected_system ADD COLUMN protocols VARCHAR(20) DEFAULT 'SOAP' NOT NULL;
ALTER TABLE connected_system ADD COLUMN secret_sealed VARCHAR(200) NULL;
ALTER TABLE connected_system ADD COLUMN envelope_signatures VARCHAR(12) DEFAULT 'REQUIRED' NOT NULL;
ALTER TABLE packet ADD COLUMN vouched_by VARCHAR(64) NULL;

-- A DMS asks for an office to be added to or removed from the directory (registerAgency, deleteAgency); an operator
-- decides on the directory page. open_key is set while the request waits, so the same request sent again (the SDK
-- retries its POSTs) finds the waiting one instead of a second row.
CREATE TABLE agency_request (
    id           BIGINT       NOT NULL,
    kind         VARCHAR(8)   NOT NULL,
    agency_code  VARCHAR(35)  NOT NULL,
    parent_code  VARCHAR(35),
    name         VARCHAR(200),
    email        VARCHAR(100),
    telephone    VARCHAR(50),
    fax          VARCHAR(50),
    system_id    VARCHAR(64)  NOT NULL,
    state        VARCHAR(10)  NOT NULL,
    requested_at DATETIME(3)  NOT NULL,
    decided_at   DATETIME(3),
    decided_by   VARCHAR(64),
    open_key     VARCHAR(120),
    CONSTRAINT pk_agency_request PRIMARY KEY (id),
    CONSTRAINT uq_agency_request_open UNIQUE (open_key)
);
CREATE INDEX ix_agency_request_state ON agency_request (state, id);
INSERT INTO id_generator (name, next_value) VALUES ('agency_request', 0);
