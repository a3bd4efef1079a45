-- ADR: docs/adr/0019-household-authorization.md
-- Who may reach a household (issue 6, authorization): members with a role, support staff's time-limited crisis
-- overrides, and advisers' notes (encrypted). The household tables' row-level security gains a second condition: when
-- the transaction names an acting account (hearth.account_id), a row is visible only if that account is a member of
-- its household or holds an active crisis override for it. The HTTP middleware decides first; this is the second line.

-- 1. Membership. One row per (household, account); the owner row is written in the creating transaction.
CREATE TABLE household_member (
    household_id uuid        NOT NULL REFERENCES household (id) ON DELETE CASCADE,
    account_id   uuid        NOT NULL REFERENCES identity.account (id) ON DELETE CASCADE,
    role         text        NOT NULL CHECK (role IN ('owner', 'member', 'adviser')),
    granted_at   timestamptz NOT NULL,
    granted_by   text        NOT NULL CHECK (granted_by ~ '^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$'),
    PRIMARY KEY (household_id, account_id)
);
CREATE INDEX household_member_account_idx ON household_member (account_id, household_id);
COMMENT ON TABLE household_member IS 'Who may reach a household, with which role (owner, member, adviser). See docs/adr/0019.';
COMMENT ON COLUMN household_member.granted_by IS 'The actor (account UUID) that granted the role; clear, opaque.';

-- 2. Crisis overrides: support staff's read access for a limited time, with a justification citing the safeguarding
--    policy. Never updated or deleted by the application (they expire); the justification is also in the audit trail.
CREATE TABLE crisis_override (
    id            uuid        PRIMARY KEY,
    household_id  uuid        NOT NULL REFERENCES household (id) ON DELETE CASCADE,
    account_id    uuid        NOT NULL REFERENCES identity.account (id) ON DELETE CASCADE,
    opened_at     timestamptz NOT NULL,
    expires_at    timestamptz NOT NULL,
    justification text        NOT NULL CHECK (length(justification) BETWEEN 1 AND 2000),
    CHECK (expires_at > opened_at AND expires_at <= opened_at + interval '240 minutes')
);
CREATE INDEX crisis_override_household_idx ON crisis_override (household_id, account_id, expires_at);
COMMENT ON TABLE crisis_override IS 'Support staff read access to one household until expires_at, justified. See docs/adr/0019.';
COMMENT ON COLUMN crisis_override.justification IS 'Why, citing the safeguarding policy (SG-<number>); written by staff, about the case, not the person; clear so the household can read it.';

-- 3. Adviser notes: free text, encrypted (Tink AEAD, location household_note|text|id), listed in EncryptedColumns.
CREATE TABLE household_note (
    id           uuid        PRIMARY KEY,
    household_id uuid        NOT NULL REFERENCES household (id) ON DELETE CASCADE,
    author_id    text        NOT NULL CHECK (author_id ~ '^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$'),
    created_at   timestamptz NOT NULL,
    text         bytea       NOT NULL CHECK (octet_length(text) >= 35 AND get_byte(text, 0) = 1)
);
CREATE INDEX household_note_household_idx ON household_note (household_id, id);
COMMENT ON COLUMN household_note.text IS 'ENCRYPTED (Tink AEAD, location household_note|text|id): the adviser''s note.';

-- 4. May the transaction's acting account see this household's rows? True when no account is named (jobs, key
--    rotation, the CLI: the household setting alone governs), else only for a member or an active crisis override.
--    SECURITY DEFINER so it reads membership whatever the caller's grants; it only ever answers true or false.
CREATE FUNCTION hearth_account_may_see(household uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT CASE
        WHEN NULLIF(current_setting('hearth.account_id', true), '') IS NULL THEN true
        ELSE EXISTS (SELECT 1 FROM public.household_member m
                      WHERE m.household_id = household
                        AND m.account_id = NULLIF(current_setting('hearth.account_id', true), '')::uuid)
          OR EXISTS (SELECT 1 FROM public.crisis_override o
                      WHERE o.household_id = household
                        AND o.account_id = NULLIF(current_setting('hearth.account_id', true), '')::uuid
                        AND o.expires_at > statement_timestamp())
    END
$$;

-- A row is visible when the transaction works on every household ('all': key rotation only), or when it works on the
-- row's household (hearth.household_id) or on no one household but names an account (listing "my households"), AND
-- the acting account, if any, may see it. Writes are checked against the named household as before.
CREATE FUNCTION hearth_household_visible(household uuid) RETURNS boolean
    LANGUAGE sql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT current_setting('hearth.household_scope', true) = 'all'
        OR ((household = NULLIF(current_setting('hearth.household_id', true), '')::uuid
             OR (NULLIF(current_setting('hearth.household_id', true), '') IS NULL
                 AND NULLIF(current_setting('hearth.account_id', true), '') IS NOT NULL))
            AND public.hearth_account_may_see(household))
$$;

DROP POLICY household_in_scope ON household;
DROP POLICY household_debt_in_scope ON household_debt;
DROP POLICY saved_estimate_in_scope ON saved_estimate;

CREATE POLICY household_in_scope ON household
    USING (hearth_household_visible(id))
    WITH CHECK (id = NULLIF(current_setting('hearth.household_id', true), '')::uuid
                OR current_setting('hearth.household_scope', true) = 'all');
CREATE POLICY household_debt_in_scope ON household_debt
    USING (hearth_household_visible(household_id))
    WITH CHECK (household_id = NULLIF(current_setting('hearth.household_id', true), '')::uuid
                OR current_setting('hearth.household_scope', true) = 'all');
CREATE POLICY saved_estimate_in_scope ON saved_estimate
    USING (hearth_household_visible(household_id))
    WITH CHECK (household_id = NULLIF(current_setting('hearth.household_id', true), '')::uuid
                OR current_setting('hearth.household_scope', true) = 'all');

ALTER TABLE household_note ENABLE ROW LEVEL SECURITY;
ALTER TABLE household_note FORCE ROW LEVEL SECURITY;
CREATE POLICY household_note_in_scope ON household_note
    USING (hearth_household_visible(household_id))
    WITH CHECK (household_id = NULLIF(current_setting('hearth.household_id', true), '')::uuid
                OR current_setting('hearth.household_scope', true) = 'all');

-- 5. Grants. Membership and overrides are consulted before any household scope exists (the access check), so they
--    carry no RLS; hearth_app may read and write them but never rewrite an override.
REVOKE ALL ON household_member, crisis_override, household_note FROM PUBLIC;
REVOKE ALL ON FUNCTION hearth_account_may_see(uuid), hearth_household_visible(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hearth_account_may_see(uuid), hearth_household_visible(uuid) TO hearth_app;
GRANT SELECT, INSERT, DELETE ON household_member TO hearth_app;
GRANT SELECT, INSERT ON crisis_override TO hearth_app;
GRANT SELECT, INSERT, DELETE ON household_note TO hearth_app;
