-- ADR: docs/adr/0016-household-storage.md
-- Households, their debts and their saved Universal Credit estimates. Every fact about a person or their money lives in
-- one encrypted document per row (AEAD, Tink, bound to table|column|row id; ADR 0013): the clear columns hold only
-- identifiers, versions, timestamps and the names of the code that made an estimate. Row-level security keyed by
-- transaction-local settings is a second line of defence behind the adapter's own household scoping.

-- 1. Tables. Identifiers are UUIDv7 made by the adapter, so id order is creation order (keyset pagination).
CREATE TABLE household (
    id            uuid        PRIMARY KEY,
    version       bigint      NOT NULL CHECK (version >= 1),
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    circumstances bytea       NOT NULL,
    CONSTRAINT household_updated_after_created CHECK (updated_at >= created_at),
    -- a Tink ciphertext: 0x01, 4-byte key id, 12-byte nonce, at least '{}', 16-byte tag
    CONSTRAINT household_circumstances_is_a_ciphertext
        CHECK (octet_length(circumstances) >= 35 AND get_byte(circumstances, 0) = 1)
);

CREATE TABLE household_debt (
    id           uuid        PRIMARY KEY,
    household_id uuid        NOT NULL REFERENCES household (id) ON DELETE CASCADE,
    version      bigint      NOT NULL CHECK (version >= 1),
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    facts        bytea       NOT NULL,
    CONSTRAINT household_debt_updated_after_created CHECK (updated_at >= created_at),
    CONSTRAINT household_debt_facts_is_a_ciphertext CHECK (octet_length(facts) >= 35 AND get_byte(facts, 0) = 1)
);

CREATE INDEX household_debt_household_idx ON household_debt (household_id, id);

CREATE TABLE saved_estimate (
    id                      uuid        PRIMARY KEY,
    household_id            uuid        NOT NULL REFERENCES household (id) ON DELETE CASCADE,
    household_version       bigint      NOT NULL CHECK (household_version >= 1),
    created_at              timestamptz NOT NULL,
    kind                    text        NOT NULL CHECK (kind IN ('universal_credit')),
    engine_version          text        NOT NULL CHECK (engine_version ~ '^[A-Za-z0-9][A-Za-z0-9.+_-]{0,127}$'),
    ruleset_version         text        NOT NULL CHECK (length(ruleset_version) BETWEEN 1 AND 256
                                                            AND ruleset_version !~ '[[:cntrl:]]'),
    assessment_period_start date        NOT NULL,
    inputs                  bytea       NOT NULL,
    result                  bytea       NOT NULL,
    CONSTRAINT saved_estimate_inputs_is_a_ciphertext CHECK (octet_length(inputs) >= 35 AND get_byte(inputs, 0) = 1),
    CONSTRAINT saved_estimate_result_is_a_ciphertext CHECK (octet_length(result) >= 35 AND get_byte(result, 0) = 1)
);

CREATE INDEX saved_estimate_household_idx ON saved_estimate (household_id, id);

COMMENT ON TABLE household IS 'A household (the tenant of all its data). Its facts are one encrypted document. See docs/adr/0016.';
COMMENT ON COLUMN household.id IS 'UUIDv7; clear. Every policy and every query is scoped by it.';
COMMENT ON COLUMN household.version IS 'Optimistic-concurrency version (ETag): 1 when created, +1 on every change; clear.';
COMMENT ON COLUMN household.created_at IS 'When it was created; clear.';
COMMENT ON COLUMN household.updated_at IS 'When its facts last changed; clear.';
COMMENT ON COLUMN household.circumstances IS 'ENCRYPTED (Tink AEAD, location household|circumstances|id): HouseholdCircumstances as wire JSON: dates of birth, earnings, rent, incomes, capital, childcare, deductions, disability and carer facts.';

COMMENT ON TABLE household_debt IS 'A debt a household owes. Its facts are one encrypted document. See docs/adr/0016.';
COMMENT ON COLUMN household_debt.id IS 'UUIDv7; clear.';
COMMENT ON COLUMN household_debt.household_id IS 'The household that owes it; clear; cannot change once set.';
COMMENT ON COLUMN household_debt.version IS 'Optimistic-concurrency version: 1 when added, +1 on every change; clear.';
COMMENT ON COLUMN household_debt.created_at IS 'When it was added; clear.';
COMMENT ON COLUMN household_debt.updated_at IS 'When it last changed; clear.';
COMMENT ON COLUMN household_debt.facts IS 'ENCRYPTED (Tink AEAD, location household_debt|facts|id): HouseholdDebt as wire JSON: type, creditor, balance, instalment, enforcement, adviser classification, note.';

COMMENT ON TABLE saved_estimate IS 'An estimate shown to a household, kept so it can be reproduced; never updated (only re-encrypted under a new key). See docs/adr/0016.';
COMMENT ON COLUMN saved_estimate.id IS 'UUIDv7; clear.';
COMMENT ON COLUMN saved_estimate.household_id IS 'The household it was made for; clear.';
COMMENT ON COLUMN saved_estimate.household_version IS 'The household version its inputs were taken from; clear.';
COMMENT ON COLUMN saved_estimate.created_at IS 'When it was made; clear.';
COMMENT ON COLUMN saved_estimate.kind IS 'Which engine: universal_credit; clear.';
COMMENT ON COLUMN saved_estimate.engine_version IS 'The Hearth build that made it; clear, no personal data.';
COMMENT ON COLUMN saved_estimate.ruleset_version IS 'The ruleset its explanation names; clear, no personal data.';
COMMENT ON COLUMN saved_estimate.assessment_period_start IS 'First day of the assessment period estimated; clear (a period, not a personal date).';
COMMENT ON COLUMN saved_estimate.inputs IS 'ENCRYPTED (Tink AEAD, location saved_estimate|inputs|id): the UcEstimateRequest exactly as the engine ran, as wire JSON (a body `hearth estimate universal-credit --input` accepts).';
COMMENT ON COLUMN saved_estimate.result IS 'ENCRYPTED (Tink AEAD, location saved_estimate|result|id): the UcEstimate with its explanation, as wire JSON.';

-- 2. Rows never move: only the version, updated_at and the encrypted document of a household or a debt may change.
--    (The AEAD location binds a document to its row id, not to its household; this keeps a debt in its household.)
CREATE FUNCTION household_refuse_moving_rows() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF (to_jsonb(NEW) - 'version' - 'updated_at' - 'circumstances' - 'facts')
            IS DISTINCT FROM (to_jsonb(OLD) - 'version' - 'updated_at' - 'circumstances' - 'facts') THEN
        RAISE EXCEPTION '%: only version, updated_at and the encrypted document may change', TG_TABLE_NAME
            USING ERRCODE = 'HH001', HINT = 'See docs/adr/0016-household-storage.md.';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER household_rows_do_not_move BEFORE UPDATE ON household
    FOR EACH ROW EXECUTE FUNCTION household_refuse_moving_rows();
CREATE TRIGGER household_debt_rows_do_not_move BEFORE UPDATE ON household_debt
    FOR EACH ROW EXECUTE FUNCTION household_refuse_moving_rows();

-- 3. Saved estimates are never changed, even by the owner. The one UPDATE allowed is key rotation's: the same row
--    with its inputs and/or result re-encrypted under ANOTHER key (the 5-byte key-id prefix changes), nothing else.
CREATE FUNCTION saved_estimate_refuse_change() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF (to_jsonb(NEW) - 'inputs' - 'result') IS DISTINCT FROM (to_jsonb(OLD) - 'inputs' - 'result')
            OR (NEW.inputs IS DISTINCT FROM OLD.inputs
                AND substring(NEW.inputs FROM 1 FOR 5) = substring(OLD.inputs FROM 1 FOR 5))
            OR (NEW.result IS DISTINCT FROM OLD.result
                AND substring(NEW.result FROM 1 FOR 5) = substring(OLD.result FROM 1 FOR 5)) THEN
        RAISE EXCEPTION 'saved_estimate is never changed: % is refused (only re-encryption under another key)', TG_OP
            USING ERRCODE = 'HH002', HINT = 'See docs/adr/0016-household-storage.md.';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER saved_estimate_is_never_changed BEFORE UPDATE ON saved_estimate
    FOR EACH ROW EXECUTE FUNCTION saved_estimate_refuse_change();

-- 4. Row-level security, for everyone including the owner (FORCE). A row is visible and writable only when the
--    transaction says which household it works on (hearth.household_id), or says it works on all of them
--    (hearth.household_scope = 'all': listing every household, key rotation; issue 6 replaces it with account
--    membership). Both are set with set_config(..., true), so they end with the transaction. With neither set, nothing
--    is visible. Superusers and BYPASSRLS roles are not subject to it: Hearth's logins must be neither.
ALTER TABLE household ENABLE ROW LEVEL SECURITY;
ALTER TABLE household FORCE ROW LEVEL SECURITY;
ALTER TABLE household_debt ENABLE ROW LEVEL SECURITY;
ALTER TABLE household_debt FORCE ROW LEVEL SECURITY;
ALTER TABLE saved_estimate ENABLE ROW LEVEL SECURITY;
ALTER TABLE saved_estimate FORCE ROW LEVEL SECURITY;

CREATE POLICY household_in_scope ON household
    USING (id = NULLIF(current_setting('hearth.household_id', true), '')::uuid
           OR current_setting('hearth.household_scope', true) = 'all')
    WITH CHECK (id = NULLIF(current_setting('hearth.household_id', true), '')::uuid
                OR current_setting('hearth.household_scope', true) = 'all');

CREATE POLICY household_debt_in_scope ON household_debt
    USING (household_id = NULLIF(current_setting('hearth.household_id', true), '')::uuid
           OR current_setting('hearth.household_scope', true) = 'all')
    WITH CHECK (household_id = NULLIF(current_setting('hearth.household_id', true), '')::uuid
                OR current_setting('hearth.household_scope', true) = 'all');

CREATE POLICY saved_estimate_in_scope ON saved_estimate
    USING (household_id = NULLIF(current_setting('hearth.household_id', true), '')::uuid
           OR current_setting('hearth.household_scope', true) = 'all')
    WITH CHECK (household_id = NULLIF(current_setting('hearth.household_id', true), '')::uuid
                OR current_setting('hearth.household_scope', true) = 'all');

-- 5. What the application role may do. Saved estimates: no UPDATE at all (re-encryption runs as the owner login).
REVOKE ALL ON household, household_debt, saved_estimate FROM PUBLIC;
GRANT SELECT, INSERT, UPDATE, DELETE ON household, household_debt TO hearth_app;
GRANT SELECT, INSERT, DELETE ON saved_estimate TO hearth_app;
DO $$
BEGIN
    -- the schema these tables live in (public, or a test's own schema)
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO hearth_app', current_schema());
END
$$;
