-- ADR: docs/adr/0026-idempotency-keys.md
-- Idempotency keys (issue 13): the answer to each completed state-changing request, by caller and key, committed in
-- the same transaction as the request's effect. A key's row exists exactly when its effect was committed, so a retry
-- can never do the change twice, whatever happened to Redis or to the process that served the first request.
-- The key itself is never stored, only SHA-256 of it; the answer's body (which may show a household's finances) is
-- encrypted with the field encryption, bound to its row. Rows are useless once expired: a retry after expires_at
-- claims the key afresh, and the purge job (issue 14) deletes them.

CREATE SCHEMA IF NOT EXISTS idempotency;
REVOKE ALL ON SCHEMA idempotency FROM PUBLIC;
GRANT USAGE ON SCHEMA idempotency TO hearth_app;

CREATE TABLE idempotency.answered_request (
    id              uuid PRIMARY KEY,
    caller_id       text NOT NULL CHECK (char_length(caller_id) BETWEEN 1 AND 200),
    key_digest      text NOT NULL CHECK (key_digest ~ '^[0-9a-f]{64}$'),
    fingerprint     text NOT NULL CHECK (fingerprint ~ '^[0-9a-f]{64}$'),
    claimed_at      timestamptz NOT NULL,
    expires_at      timestamptz NOT NULL CHECK (expires_at > claimed_at),
    status          smallint CHECK (status BETWEEN 200 AND 599),
    headers         jsonb,
    body_ciphertext bytea,
    CONSTRAINT answered_request_key_unique UNIQUE (caller_id, key_digest),
    CHECK ((status IS NULL) = (headers IS NULL) AND (status IS NULL) = (body_ciphertext IS NULL))
);
COMMENT ON TABLE idempotency.answered_request IS
    'Answers of completed requests sent with an Idempotency-Key, committed with their effect. See docs/adr/0026.';
COMMENT ON COLUMN idempotency.answered_request.key_digest IS 'SHA-256 (hex) of the key; the key is never stored';
COMMENT ON COLUMN idempotency.answered_request.status IS 'NULL only inside the transaction that runs the request';
CREATE INDEX answered_request_by_expiry ON idempotency.answered_request (expires_at);

REVOKE ALL ON idempotency.answered_request FROM PUBLIC;
GRANT SELECT, INSERT, UPDATE, DELETE ON idempotency.answered_request TO hearth_app;
