-- ADR: docs/adr/0018-identity-and-sessions.md
-- Identity (issue 6): accounts, refresh-token families and the access-token signing keys. No personal data in clear:
-- the login address is stored encrypted (Tink, bound to its row) beside a keyed hash (HMAC blind index) that finds it;
-- passwords only as Argon2id PHC strings; refresh tokens only as SHA-256 hashes; signing keys' private halves only
-- encrypted. Every encrypted column is listed in dev.hearth.adapter.out.postgres.crypto.EncryptedColumns.

CREATE SCHEMA identity;
COMMENT ON SCHEMA identity IS 'Accounts, sessions and signing keys. See docs/adr/0018.';
REVOKE ALL ON SCHEMA identity FROM PUBLIC;
GRANT USAGE ON SCHEMA identity TO hearth_app;

CREATE TABLE identity.account (
    id               uuid PRIMARY KEY,
    email_index      bytea NOT NULL CONSTRAINT account_email_index_unique UNIQUE
                     CHECK (octet_length(email_index) = 32),
    email_ciphertext bytea NOT NULL,
    password_hash    text NOT NULL CHECK (password_hash LIKE '$argon2id$%' AND length(password_hash) <= 512),
    created_at       timestamptz NOT NULL
);
COMMENT ON COLUMN identity.account.email_index IS 'HMAC-SHA-256 of the normalised address (HEARTH_AUTH_LOOKUP_KEY)';
COMMENT ON COLUMN identity.account.email_ciphertext IS 'Tink AEAD, location identity.account.email_ciphertext[id]';

-- one family per login; revoking it (logout, reuse of a used token) ends every token descended from that login
CREATE TABLE identity.refresh_token_family (
    id             uuid PRIMARY KEY,
    account_id     uuid NOT NULL REFERENCES identity.account (id) ON DELETE CASCADE,
    created_at     timestamptz NOT NULL,
    revoked_at     timestamptz,
    revoked_reason text CHECK (revoked_reason ~ '^[a-z][a-z0-9_]{0,63}$'),
    CHECK ((revoked_at IS NULL) = (revoked_reason IS NULL))
);
CREATE INDEX refresh_token_family_by_account ON identity.refresh_token_family (account_id);

CREATE TABLE identity.refresh_token (
    token_hash       bytea PRIMARY KEY CHECK (octet_length(token_hash) = 32),
    family_id        uuid NOT NULL REFERENCES identity.refresh_token_family (id) ON DELETE CASCADE,
    parent_hash      bytea REFERENCES identity.refresh_token (token_hash) ON DELETE CASCADE,
    issued_at        timestamptz NOT NULL,
    expires_at       timestamptz NOT NULL,
    rotated_at       timestamptz,
    superseded_at    timestamptz,
    grace_retry_used boolean NOT NULL DEFAULT false
);
COMMENT ON COLUMN identity.refresh_token.token_hash IS 'SHA-256 of the token; the token itself is never stored';
CREATE INDEX refresh_token_by_family ON identity.refresh_token (family_id);
CREATE INDEX refresh_token_by_parent ON identity.refresh_token (parent_hash);

CREATE TABLE identity.signing_key (
    id                     uuid PRIMARY KEY,
    kid                    text NOT NULL UNIQUE CHECK (kid ~ '^[A-Za-z0-9._-]{1,128}$'),
    algorithm              text NOT NULL CHECK (algorithm = 'ES256'),
    public_x               text NOT NULL CHECK (public_x ~ '^[A-Za-z0-9_-]{43}$'),
    public_y               text NOT NULL CHECK (public_y ~ '^[A-Za-z0-9_-]{43}$'),
    private_key_ciphertext bytea NOT NULL,
    created_at             timestamptz NOT NULL,
    signs_from             timestamptz NOT NULL,
    retires_at             timestamptz,
    verifies_until         timestamptz,
    CHECK ((retires_at IS NULL) = (verifies_until IS NULL)),
    CHECK (retires_at IS NULL OR (retires_at >= signs_from AND verifies_until > retires_at))
);
COMMENT ON COLUMN identity.signing_key.private_key_ciphertext
    IS 'PKCS#8 P-256 private key, Tink AEAD, location identity.signing_key.private_key_ciphertext[id]';

GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA identity TO hearth_app;
