-- ADR: docs/adr/0020-api-keys-and-external-issuer.md
-- API keys (issue 6): long-lived credentials of programmatic clients acting for an account. The key itself
-- (hk_<prefix>_<secret>, 256 random bits of secret) is shown once and never stored: only SHA-256 of the whole key,
-- beside the 8-character prefix that finds it and that people see in lists. A random 256-bit secret cannot be guessed,
-- so a fast hash suffices (ADR 0020). Keys go with their account (ON DELETE CASCADE).

CREATE TABLE identity.api_key (
    id           uuid PRIMARY KEY,
    account_id   uuid NOT NULL REFERENCES identity.account (id) ON DELETE CASCADE,
    prefix       text NOT NULL CONSTRAINT api_key_prefix_unique UNIQUE CHECK (prefix ~ '^[A-Za-z0-9]{8}$'),
    secret_hash  bytea NOT NULL CHECK (octet_length(secret_hash) = 32),
    name         text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
    scopes       text[] NOT NULL CHECK (cardinality(scopes) BETWEEN 1 AND 32),
    created_at   timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL CHECK (expires_at > created_at),
    last_used_at timestamptz,
    revoked_at   timestamptz,
    replaced_by  uuid REFERENCES identity.api_key (id) ON DELETE SET NULL
);
COMMENT ON TABLE identity.api_key IS 'API keys: only SHA-256 of each key is stored. See docs/adr/0020.';
COMMENT ON COLUMN identity.api_key.secret_hash IS 'SHA-256 of the whole key as issued; the key itself is never stored';
COMMENT ON COLUMN identity.api_key.expires_at IS 'brought forward to the end of the overlap window on rotation';
CREATE INDEX api_key_by_account ON identity.api_key (account_id, created_at DESC);

GRANT SELECT, INSERT, UPDATE, DELETE ON identity.api_key TO hearth_app;
