-- edoc schema, version 19: the times a peer's poll is claimed and scheduled by become epoch milliseconds, as V10 made
-- the delivery's leases. MySQL Connector/J takes MariaDB 10.x for a server without fractional seconds (its handshake
-- says 5.5.5-10.x) and drops the milliseconds of every timestamp it binds, so a back-off of 1.6 s was stored as 1 s
-- (VxpPeerIT caught it on MariaDB). A lease held at the upgrade is let go: the poll that held it may run once more,
-- and taking a packet twice answers the first acceptance.
ALTER TABLE peer_poll DROP COLUMN lease_until;
ALTER TABLE peer_poll DROP COLUMN next_poll_at;
ALTER TABLE peer_poll ADD COLUMN lease_until BIGINT;
ALTER TABLE peer_poll ADD COLUMN next_poll_at BIGINT DEFAULT 0 NOT NULL;
UPDATE peer_poll SET holder = NULL;
