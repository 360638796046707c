-- edoc schema, version 15: the desk, where the clerks and leaders of offices without a document-management system
-- of their own work in the web UI; and the document's facts the UI lists and searches by, kept with each packet.

-- what the edXML header says of a document (null for status packets and for packets accepted before version 15)
ALTER TABLE packet ADD COLUMN code_number VARCHAR(11);
ALTER TABLE packet ADD COLUMN code_notation VARCHAR(30);
ALTER TABLE packet ADD COLUMN type_name VARCHAR(100);
ALTER TABLE packet ADD COLUMN priority INT;
ALTER TABLE packet ADD COLUMN signer_name VARCHAR(100);
CREATE INDEX ix_packet_accepted ON packet (accepted_at);

-- people who log in to the web UI; the password is kept only as a PBKDF2 hash (Jakarta Security's format)
CREATE TABLE desk_user (
    username      VARCHAR(64)  NOT NULL,
    full_name     VARCHAR(100) NOT NULL,
    office_code   VARCHAR(35),
    leader_id     VARCHAR(64),
    title         VARCHAR(100),
    password_hash VARCHAR(300) NOT NULL,
    active        BOOLEAN      NOT NULL,
    created_at    DATETIME(3)  NOT NULL,
    CONSTRAINT pk_desk_user PRIMARY KEY (username)
);
CREATE TABLE desk_user_role (
    username  VARCHAR(64) NOT NULL,
    role_name VARCHAR(20) NOT NULL,
    CONSTRAINT pk_desk_user_role PRIMARY KEY (username, role_name),
    CONSTRAINT fk_desk_user_role_user FOREIGN KEY (username) REFERENCES desk_user (username)
);

-- an outgoing document from its first draft to its issue: the leader signs the packet written from it, the clerk
-- seals and sends it; its history is appended to draft_event
CREATE TABLE draft (
    id                  BIGINT       NOT NULL,
    office_code         VARCHAR(35)  NOT NULL,
    document_id         VARCHAR(200) NOT NULL,
    business_type       INT          NOT NULL,
    changes_document_id VARCHAR(200),
    change_reason       VARCHAR(500),
    type_code           INT          NOT NULL,
    type_name           VARCHAR(100) NOT NULL,
    code_number         VARCHAR(11)  NOT NULL,
    code_notation       VARCHAR(30)  NOT NULL,
    subject             VARCHAR(500) NOT NULL,
    leader_id           VARCHAR(64)  NOT NULL,
    priority            INT          NOT NULL,
    due_date            DATE,
    recipients          VARCHAR(4000) NOT NULL,
    state               VARCHAR(20)  NOT NULL,
    packet              LONGBLOB,
    packet_id           VARCHAR(36),
    created_by          VARCHAR(64)  NOT NULL,
    created_at          DATETIME(3)  NOT NULL,
    version             INT          NOT NULL,
    CONSTRAINT pk_draft PRIMARY KEY (id)
);
-- a DocumentId is the office's once, except for an update that travels under its original's (checked on submit)
CREATE INDEX ix_draft_document ON draft (office_code, document_id);
CREATE INDEX ix_draft_office_state ON draft (office_code, state);
CREATE INDEX ix_draft_leader_state ON draft (leader_id, state);

CREATE TABLE draft_attachment (
    draft_id     BIGINT       NOT NULL,
    position     INT          NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    content      LONGBLOB     NOT NULL,
    CONSTRAINT pk_draft_attachment PRIMARY KEY (draft_id, position),
    CONSTRAINT fk_draft_attachment_draft FOREIGN KEY (draft_id) REFERENCES draft (id)
);

CREATE TABLE draft_event (
    draft_id BIGINT        NOT NULL,
    seq      INT           NOT NULL,
    happened_at DATETIME(3) NOT NULL,
    actor    VARCHAR(64)   NOT NULL,
    action   VARCHAR(20)   NOT NULL,
    remark   VARCHAR(1000),
    CONSTRAINT pk_draft_event PRIMARY KEY (draft_id, seq),
    CONSTRAINT fk_draft_event_draft FOREIGN KEY (draft_id) REFERENCES draft (id)
);

INSERT INTO id_generator (name, next_value) VALUES ('draft', 0);
