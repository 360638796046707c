-- edoc schema, version 20: wrong PINs counted per leader and per asker (a connected system, a desk user), each with a
-- lock that ends (locked_until, epoch ms), so that no one caller can lock a leader's key for good and an operator can
-- unlock it sooner. asker '*' is the leader's key as a whole, locked after more wrong PINs from all askers together.
-- A key locked before this version stays locked (until 01/01/2100) until an operator unlocks it, as it was.
CREATE TABLE pin_attempt (
    leader_id    VARCHAR(64)  NOT NULL,
    asker        VARCHAR(150) NOT NULL,
    failures     INT          DEFAULT 0 NOT NULL,
    locked_until BIGINT,
    CONSTRAINT pk_pin_attempt PRIMARY KEY (leader_id, asker)
);
INSERT INTO pin_attempt (leader_id, asker, failures, locked_until)
    SELECT leader_id, '*', failures, CASE WHEN locked_at IS NULL THEN NULL ELSE 4102444800000 END
    FROM leader_pin;
DROP TABLE leader_pin;
