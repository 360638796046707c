-- edoc schema, version 10: push delivery with retries, and leases.
-- A copy for an office that receives by push is due for a push (push_state DUE at next_attempt_at) until its
-- endpoint takes it (DELIVERED) or the last try failed (DEAD_LETTER, until an operator retries or cancels it).
-- Workers, pushing or pulling, claim copies with SELECT ... FOR UPDATE SKIP LOCKED and hold them under a lease
-- (lease_holder until lease_until): a worker that dies lets its copies go when the lease ends.
-- Times compared with the clock by every claim are epoch milliseconds: no zone or fractional-second conversion.

ALTER TABLE delivery ADD COLUMN pushed BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE delivery ADD COLUMN push_state VARCHAR(12);
ALTER TABLE delivery ADD COLUMN attempts INT DEFAULT 0 NOT NULL;
ALTER TABLE delivery ADD COLUMN next_attempt_at BIGINT;
ALTER TABLE delivery ADD COLUMN last_error VARCHAR(500);
ALTER TABLE delivery ADD COLUMN lease_holder VARCHAR(100);
ALTER TABLE delivery ADD COLUMN lease_until BIGINT;
CREATE INDEX ix_delivery_push_due ON delivery (push_state, next_attempt_at);

-- every push attempt that came to an end, appended, never changed (an attempt cut short by a crash leaves none:
-- the delivery's attempts counter says it was claimed)
CREATE TABLE push_attempt (
    id          BIGINT       NOT NULL,
    delivery_id BIGINT       NOT NULL,
    attempt_no  INT          NOT NULL,
    worker      VARCHAR(100) NOT NULL,
    ended_at    BIGINT       NOT NULL,
    took_ms     BIGINT       NOT NULL,
    outcome     VARCHAR(10)  NOT NULL,
    error       VARCHAR(500),
    CONSTRAINT pk_push_attempt PRIMARY KEY (id),
    CONSTRAINT fk_push_attempt_delivery FOREIGN KEY (delivery_id) REFERENCES delivery (id)
);
CREATE INDEX ix_push_attempt_delivery ON push_attempt (delivery_id);
INSERT INTO id_generator (name, next_value) VALUES ('push_attempt', 0);
