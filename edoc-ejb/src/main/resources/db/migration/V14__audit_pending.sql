-- edoc schema, version 14: an action is recorded in audit_pending, in the acting transaction and without any lock,
-- and the chainer (every second, and before every search or check) numbers the waiting ones into audit_entry in one
-- short transaction of its own. Until now each action locked the chain's head until its own transaction committed:
-- every audited action of the axis waited for the one before, and the load benchmark found the axis spending most of
-- its time in that queue.

CREATE TABLE audit_pending (
    id        BIGINT        NOT NULL,
    at_millis BIGINT        NOT NULL,
    actor     VARCHAR(64)   NOT NULL,
    action    VARCHAR(40)   NOT NULL,
    subject   VARCHAR(200),
    detail    VARCHAR(1000),
    CONSTRAINT pk_audit_pending PRIMARY KEY (id)
);
CREATE INDEX ix_audit_pending_at ON audit_pending (at_millis, id);
INSERT INTO id_generator (name, next_value) VALUES ('audit_pending', 0);
