-- ADR: docs/adr/0020-api-keys-and-external-issuer.md
-- The optional external issuer (issue 6): its subjects are mapped onto Hearth accounts, created on first sight. Such an
-- account has no login address and no password (it signs in at the external issuer only), so those columns become
-- optional, but only all together: an account has an address, its index and a password hash, or none of them.

ALTER TABLE identity.account
    ALTER COLUMN email_index DROP NOT NULL,
    ALTER COLUMN email_ciphertext DROP NOT NULL,
    ALTER COLUMN password_hash DROP NOT NULL,
    ADD CONSTRAINT account_login_all_or_nothing CHECK (
        (email_index IS NULL) = (email_ciphertext IS NULL) AND (email_index IS NULL) = (password_hash IS NULL));

CREATE TABLE identity.external_subject (
    issuer     text NOT NULL CHECK (char_length(issuer) BETWEEN 1 AND 256),
    subject    text NOT NULL CHECK (char_length(subject) BETWEEN 1 AND 255),
    account_id uuid NOT NULL UNIQUE REFERENCES identity.account (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL,
    PRIMARY KEY (issuer, subject)
);
COMMENT ON TABLE identity.external_subject IS 'External issuer subject -> Hearth account. See docs/adr/0020.';

GRANT SELECT, INSERT, UPDATE, DELETE ON identity.external_subject TO hearth_app;
