-- edoc schema, version 22: the nonces of UsernameTokens already used (WS-Security PasswordDigest, or a PasswordText
-- token with Nonce and Created), so that a captured call cannot be sent again. One row per system and nonce, keyed by
-- the SHA-256 of both; kept until the token's window has passed (expires_at, epoch ms), after which its Created alone
-- refuses it. The table of a whole cluster, so a replay to another instance is refused too.
CREATE TABLE used_token_nonce (
    nonce_key  CHAR(64)    NOT NULL,
    system_id  VARCHAR(64) NOT NULL,
    expires_at BIGINT      NOT NULL,
    CONSTRAINT pk_used_token_nonce PRIMARY KEY (nonce_key)
);
CREATE INDEX ix_used_token_nonce_expires ON used_token_nonce (expires_at);
