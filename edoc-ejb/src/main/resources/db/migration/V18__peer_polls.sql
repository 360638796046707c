-- edoc schema, version 18: taking what a peer axis of the national protocol holds for the offices behind this axis
-- (README, "National axis protocol", "Upward"). One row per peer: the server whose poller holds the lease until
-- lease_until polls it, the others leave it alone; when the peer was down the next poll waits longer each time
-- (failures); what the last failure was, for the operators.
CREATE TABLE peer_poll (
    peer_id         VARCHAR(64)  NOT NULL,
    holder          VARCHAR(100),
    lease_until     DATETIME(3),
    next_poll_at    DATETIME(3)  NOT NULL,
    failures        INT          DEFAULT 0 NOT NULL,
    last_error      VARCHAR(500),
    last_success_at DATETIME(3),
    taken           BIGINT       DEFAULT 0 NOT NULL,
    CONSTRAINT pk_peer_poll PRIMARY KEY (peer_id)
);

-- A packet the peer held for an office here that this axis refused (not edXML, from an office the peer may not act
-- for, ...): kept with the refusal's code so that it is audited once, the peer is told "fail" once and the poller never
-- takes it again.
CREATE TABLE peer_refusal (
    peer_id     VARCHAR(64)  NOT NULL,
    peer_doc_id VARCHAR(100) NOT NULL,
    code        VARCHAR(40)  NOT NULL,
    message     VARCHAR(1000),
    refused_at  DATETIME(3)  NOT NULL,
    CONSTRAINT pk_peer_refusal PRIMARY KEY (peer_id, peer_doc_id)
);
