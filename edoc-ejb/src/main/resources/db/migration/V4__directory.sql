-- edoc schema, version 4: the full directory. An office gets its second code, kind, contact fields (those edXML
-- carries in From/To), state and validity, successors, how it receives, and a revision for synchronisation; levels
-- become data; every change of an office is appended to office_change; routing rules and peer routes decide who may
-- send to whom and which codes are reached through another axis. The same SQL runs on H2 and on MySQL/MariaDB.

CREATE TABLE office_level (
    name     VARCHAR(20)  NOT NULL,
    depth    INT          NOT NULL,
    label_vi VARCHAR(100) NOT NULL,
    label_en VARCHAR(100) NOT NULL,
    CONSTRAINT pk_office_level PRIMARY KEY (name)
);
-- the four levels of 2016-2025; the two-level model after 1 July 2025 simply stops using DISTRICT
INSERT INTO office_level (name, depth, label_vi, label_en) VALUES
    ('PROVINCE', 1, 'Cấp tỉnh', 'Province'),
    ('DEPARTMENT', 2, 'Sở, ban, ngành', 'Department'),
    ('DISTRICT', 2, 'Cấp huyện', 'District'),
    ('COMMUNE', 3, 'Cấp xã', 'Commune');

ALTER TABLE office ADD COLUMN second_code VARCHAR(35);
ALTER TABLE office ADD COLUMN kind VARCHAR(50) DEFAULT '' NOT NULL;
ALTER TABLE office ADD COLUMN organization_in_charge VARCHAR(200);
ALTER TABLE office ADD COLUMN address VARCHAR(300);
ALTER TABLE office ADD COLUMN email VARCHAR(100);
ALTER TABLE office ADD COLUMN telephone VARCHAR(50);
ALTER TABLE office ADD COLUMN fax VARCHAR(50);
ALTER TABLE office ADD COLUMN website VARCHAR(200);
ALTER TABLE office ADD COLUMN state VARCHAR(12) DEFAULT 'ACTIVE' NOT NULL;
ALTER TABLE office ADD COLUMN valid_from DATE;
ALTER TABLE office ADD COLUMN valid_to DATE;
ALTER TABLE office ADD COLUMN receives VARCHAR(4) DEFAULT 'PULL' NOT NULL;
ALTER TABLE office ADD COLUMN push_endpoint VARCHAR(500);
ALTER TABLE office ADD COLUMN sample BOOLEAN DEFAULT FALSE NOT NULL;
-- the directory revision that last changed the office: synchronisation asks for what changed after a revision
ALTER TABLE office ADD COLUMN revision BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE office ADD COLUMN changed_at DATETIME(3);

UPDATE office SET state = 'DISSOLVED' WHERE active = FALSE;
ALTER TABLE office DROP COLUMN active;
UPDATE office SET kind = 'UBND tỉnh' WHERE level_name = 'PROVINCE';
UPDATE office SET kind = 'Sở' WHERE level_name = 'DEPARTMENT';
UPDATE office SET kind = 'UBND huyện' WHERE level_name = 'DISTRICT';
UPDATE office SET kind = 'UBND xã' WHERE level_name = 'COMMUNE';

ALTER TABLE office ADD CONSTRAINT uq_office_second_code UNIQUE (second_code);
ALTER TABLE office ADD CONSTRAINT fk_office_level FOREIGN KEY (level_name) REFERENCES office_level (name);
CREATE INDEX ix_office_parent ON office (parent_code);
CREATE INDEX ix_office_revision ON office (revision);

-- a dissolved office's successors (a merge names one, a split several); packets addressed to it go to them
CREATE TABLE office_successor (
    office_code    VARCHAR(35) NOT NULL,
    successor_code VARCHAR(35) NOT NULL,
    position       INT         NOT NULL,
    CONSTRAINT pk_office_successor PRIMARY KEY (office_code, successor_code),
    CONSTRAINT fk_office_successor_office FOREIGN KEY (office_code) REFERENCES office (code),
    CONSTRAINT fk_office_successor_successor FOREIGN KEY (successor_code) REFERENCES office (code)
);

-- one row per directory change (an import, or an operator's edit); taken with a row lock, so that revisions are
-- handed out in commit order and a synchronising system never misses a change
CREATE TABLE directory_revision (
    id         INT         NOT NULL,
    revision   BIGINT      NOT NULL,
    changed_at DATETIME(3),
    CONSTRAINT pk_directory_revision PRIMARY KEY (id)
);
INSERT INTO directory_revision (id, revision, changed_at) VALUES (1, 0, NULL);

-- the history of every office, appended and never changed: created, renamed, moved, dissolved, ...
CREATE TABLE office_change (
    id          BIGINT        NOT NULL,
    office_code VARCHAR(35)   NOT NULL,
    revision    BIGINT        NOT NULL,
    changed_at  DATETIME(3)   NOT NULL,
    change_kind VARCHAR(20)   NOT NULL,
    detail      VARCHAR(1000),
    CONSTRAINT pk_office_change PRIMARY KEY (id),
    CONSTRAINT fk_office_change_office FOREIGN KEY (office_code) REFERENCES office (code)
);
CREATE INDEX ix_office_change_office ON office_change (office_code, id);

-- who may send to whom: the first rule (by position) whose scopes match decides; without a match, sending is allowed
CREATE TABLE routing_rule (
    position        INT          NOT NULL,
    sender_scope    VARCHAR(40)  NOT NULL,
    recipient_scope VARCHAR(40)  NOT NULL,
    effect          VARCHAR(5)   NOT NULL,
    note            VARCHAR(300),
    CONSTRAINT pk_routing_rule PRIMARY KEY (position)
);

-- codes reached through another axis (the national axis, another province) rather than locally
CREATE TABLE peer_route (
    code_pattern VARCHAR(40)  NOT NULL,
    peer_id      VARCHAR(50)  NOT NULL,
    endpoint     VARCHAR(500) NOT NULL,
    CONSTRAINT pk_peer_route PRIMARY KEY (code_pattern)
);

-- a delivery remembers the code the sender wrote when the axis delivered to a successor, and the peer axis that
-- carries it when the recipient is not local (its code is then not in the office table)
ALTER TABLE delivery ADD COLUMN addressed_code VARCHAR(35);
ALTER TABLE delivery ADD COLUMN via_peer VARCHAR(50);
ALTER TABLE delivery DROP CONSTRAINT fk_delivery_recipient;
