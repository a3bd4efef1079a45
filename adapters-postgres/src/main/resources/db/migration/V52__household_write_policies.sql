-- ADR: docs/adr/0019-household-authorization.md
-- Row-level security by command (ADR 0019, "second line of defence"). Until now one policy per household table
-- admitted a row for every command when the acting account (hearth.account_id) was a member of its household OR held
-- an open crisis override, so a support account, read-only by policy, could have changed or deleted rows had the
-- application's check been bypassed. Now reading and writing are separate policies:
--   SELECT                 as before: a member (any role) or an open crisis override (hearth_household_visible);
--   INSERT/UPDATE/DELETE   only the named household (hearth.household_id), and only for an account whose ROLE may
--                          write that table, mirroring HouseholdAccessPolicy exactly:
--                            household facts, debts, saved estimates   owner, member   (WRITE)
--                            adviser notes (insert)                    owner, adviser  (NOTES)
--                            deleting a household; deleting a note     owner           (MANAGE)
--                          a crisis override never admits a write.
-- Unchanged: hearth.household_scope = 'all' (key rotation) admits every command; with no account named (jobs, the CLI,
-- key rotation) the named household alone governs, as in V20. Inserting a household checks no role: its owner row
-- can only be written after it (foreign key), in the same transaction, and a fresh id opens nothing that exists.
-- Numbered after V51 (not beside V40) so databases already at V51 take it without out-of-order migration.

-- 1. May the transaction's acting account write this household's rows of a table open to these roles? True when no
--    account is named (as hearth_account_may_see). SECURITY DEFINER to read membership; answers only true or false.
CREATE FUNCTION hearth_account_may_write(household uuid, roles text[]) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT CASE
        WHEN NULLIF(current_setting('hearth.account_id', true), '') IS NULL THEN true
        ELSE EXISTS (SELECT 1 FROM public.household_member m
                      WHERE m.household_id = household
                        AND m.account_id = NULLIF(current_setting('hearth.account_id', true), '')::uuid
                        AND m.role = ANY (roles))
    END
$$;

-- A row may be written when the transaction works on every household ('all': key rotation), or works on the row's
-- household (hearth.household_id) and the acting account, if any, holds one of the roles.
CREATE FUNCTION hearth_household_writable(household uuid, roles text[]) RETURNS boolean
    LANGUAGE sql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT current_setting('hearth.household_scope', true) = 'all'
        OR (household = NULLIF(current_setting('hearth.household_id', true), '')::uuid
            AND public.hearth_account_may_write(household, roles))
$$;

REVOKE ALL ON FUNCTION hearth_account_may_write(uuid, text[]), hearth_household_writable(uuid, text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hearth_account_may_write(uuid, text[]), hearth_household_writable(uuid, text[])
    TO hearth_app;

DROP POLICY household_in_scope ON household;
DROP POLICY household_debt_in_scope ON household_debt;
DROP POLICY saved_estimate_in_scope ON saved_estimate;
DROP POLICY household_note_in_scope ON household_note;

-- 2. household: read by members and overrides; created under its own id; changed by owner or member; deleted by the
--    owner (its debts, estimates, notes and members go with it by ON DELETE CASCADE).
CREATE POLICY household_read ON household FOR SELECT
    USING (hearth_household_visible(id));
CREATE POLICY household_insert ON household FOR INSERT
    WITH CHECK (id = NULLIF(current_setting('hearth.household_id', true), '')::uuid
                OR current_setting('hearth.household_scope', true) = 'all');
CREATE POLICY household_update ON household FOR UPDATE
    USING (hearth_household_writable(id, ARRAY['owner', 'member']))
    WITH CHECK (hearth_household_writable(id, ARRAY['owner', 'member']));
CREATE POLICY household_delete ON household FOR DELETE
    USING (hearth_household_writable(id, ARRAY['owner']));

-- 3. household_debt: written by owner or member.
CREATE POLICY household_debt_read ON household_debt FOR SELECT
    USING (hearth_household_visible(household_id));
CREATE POLICY household_debt_insert ON household_debt FOR INSERT
    WITH CHECK (hearth_household_writable(household_id, ARRAY['owner', 'member']));
CREATE POLICY household_debt_update ON household_debt FOR UPDATE
    USING (hearth_household_writable(household_id, ARRAY['owner', 'member']))
    WITH CHECK (hearth_household_writable(household_id, ARRAY['owner', 'member']));
CREATE POLICY household_debt_delete ON household_debt FOR DELETE
    USING (hearth_household_writable(household_id, ARRAY['owner', 'member']));

-- 4. saved_estimate: saved by owner or member. UPDATE stays as V20 made it: hearth_app has no UPDATE privilege and a
--    trigger refuses any change but re-encryption (key rotation, as the owner login under 'all').
CREATE POLICY saved_estimate_read ON saved_estimate FOR SELECT
    USING (hearth_household_visible(household_id));
CREATE POLICY saved_estimate_insert ON saved_estimate FOR INSERT
    WITH CHECK (hearth_household_writable(household_id, ARRAY['owner', 'member']));
CREATE POLICY saved_estimate_update ON saved_estimate FOR UPDATE
    USING (hearth_household_writable(household_id, ARRAY['owner', 'member']))
    WITH CHECK (hearth_household_writable(household_id, ARRAY['owner', 'member']));
CREATE POLICY saved_estimate_delete ON saved_estimate FOR DELETE
    USING (hearth_household_writable(household_id, ARRAY['owner', 'member']));

-- 5. household_note: written by owner or adviser (NOTES; a member may not), never edited (no UPDATE privilege for
--    hearth_app; the policy admits no role, only key rotation and work acting for no account), deleted only by the
--    owner (the application deletes notes only with their household).
CREATE POLICY household_note_read ON household_note FOR SELECT
    USING (hearth_household_visible(household_id));
CREATE POLICY household_note_insert ON household_note FOR INSERT
    WITH CHECK (hearth_household_writable(household_id, ARRAY['owner', 'adviser']));
CREATE POLICY household_note_update ON household_note FOR UPDATE
    USING (hearth_household_writable(household_id, ARRAY[]::text[]))
    WITH CHECK (hearth_household_writable(household_id, ARRAY[]::text[]));
CREATE POLICY household_note_delete ON household_note FOR DELETE
    USING (hearth_household_writable(household_id, ARRAY['owner']));
