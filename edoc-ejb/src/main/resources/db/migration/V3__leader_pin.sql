-- edoc schema, version 3: wrong-PIN counts of the leaders' keys in the remote signing vault.

CREATE TABLE leader_pin (
    leader_id VARCHAR(64) NOT NULL,
    failures  INT         NOT NULL,
    locked_at DATETIME(3),
    CONSTRAINT pk_leader_pin PRIMARY KEY (leader_id)
);
