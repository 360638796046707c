-- edoc schema, version 23: offices an operator removed (an office nothing refers to: no documents, users, systems or
-- other offices; one that is referred to is dissolved instead). The row of the office and its history go; this row
-- stays, so that a document-management system synchronising its address book after an earlier revision (or time)
-- learns to drop it. An office created again under the same code takes its row out of here.
CREATE TABLE removed_office (
    code       VARCHAR(35) NOT NULL,
    revision   BIGINT      NOT NULL,
    removed_at DATETIME(3) NOT NULL,
    CONSTRAINT pk_removed_office PRIMARY KEY (code)
);
CREATE INDEX ix_removed_office_revision ON removed_office (revision);
