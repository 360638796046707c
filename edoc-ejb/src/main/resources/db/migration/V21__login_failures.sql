-- edoc schema, version 21: failed log-ins of the web UI and the operators' API, counted in a row per account name
-- (kind ACCOUNT: any name tried, an account's or not, so that a lock tells nothing about which names exist) and per
-- client address (kind ADDRESS). At a threshold the name or address is locked for a while that doubles with each
-- further failure (locked_until, epoch ms, as every time compared with the clock); a success ends the count. Rows of
-- names and addresses that stopped failing are forgotten after a day.
CREATE TABLE login_failure (
    kind            VARCHAR(10)  NOT NULL,
    name            VARCHAR(100) NOT NULL,
    failures        INT          DEFAULT 0 NOT NULL,
    locked_until    BIGINT,
    last_failure_at BIGINT       NOT NULL,
    CONSTRAINT pk_login_failure PRIMARY KEY (kind, name)
);
CREATE INDEX ix_login_failure_last ON login_failure (last_failure_at);
