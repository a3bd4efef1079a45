-- ADR: docs/adr/0012-tamper-evident-audit-trail.md
-- The tamper-evident audit trail: who did what to which target, when, under which request, and why. A separate schema,
-- append-only (a trigger refuses UPDATE, DELETE and TRUNCATE even for the owner), each event hash-chained to the one
-- before it. No personal data: actors and targets are opaque ids. The hash format is documented in
-- dev.hearth.application.port.out.audit.AuditChainFormat; `hearth audit verify` walks the chain.

-- 1. The application's role. It cannot log in: adapters-postgres switches to it (SET LOCAL ROLE hearth_app) for every
--    audit statement, so the audit trail is written and read with INSERT and SELECT only, whatever the login. Roles
--    belong to the whole server, so a role already there (another Hearth database, or made by a DBA) is kept.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'hearth_app') THEN
        BEGIN
            CREATE ROLE hearth_app NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL; -- another database on the same server created it at the same moment
        END;
    END IF;
    -- the login that migrates (and, until issue 5 splits the logins, serves) must be allowed to SET ROLE hearth_app
    IF NOT pg_catalog.pg_has_role(current_user, 'hearth_app', 'MEMBER') THEN
        EXECUTE format('GRANT hearth_app TO %I', current_user);
    END IF;
END
$$;

-- 2. The schema: nobody but its owner and hearth_app may use it.
CREATE SCHEMA audit;
COMMENT ON SCHEMA audit IS 'Tamper-evident audit trail: append-only, hash-chained, no personal data. See docs/adr/0012.';
REVOKE ALL ON SCHEMA audit FROM PUBLIC;
GRANT USAGE ON SCHEMA audit TO hearth_app;

-- 3. The events. seq is assigned by the appender as last + 1 while it holds the chain lock (below), so it has no gaps;
--    a gap means a deleted event. previous_hash is UNIQUE: no event can have two successors, so the chain cannot fork.
CREATE TABLE audit.event (
    seq            bigint      PRIMARY KEY CHECK (seq >= 1),
    event_id       uuid        NOT NULL UNIQUE,
    actor_id       text        NOT NULL CHECK (actor_id ~ '^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$'),
    action         text        NOT NULL CHECK (action ~ '^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$'
                                               AND length(action) <= 64),
    target_type    text        NOT NULL CHECK (target_type ~ '^[a-z][a-z0-9_]{0,63}$'),
    target_id      text        NOT NULL CHECK (target_id ~ '^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$'),
    occurred_at    timestamptz NOT NULL,
    correlation_id text        NOT NULL CHECK (correlation_id ~ '^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$'),
    justification  text        CHECK (justification IS NULL OR length(justification) BETWEEN 1 AND 2000),
    details        jsonb       NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(details) = 'object'),
    previous_hash  bytea       NOT NULL UNIQUE CHECK (octet_length(previous_hash) = 32),
    hash           bytea       NOT NULL CHECK (octet_length(hash) = 32)
);

CREATE INDEX event_target_idx ON audit.event (target_type, target_id, seq);

COMMENT ON TABLE audit.event IS 'Append-only, hash-chained audit events; no personal data. See docs/adr/0012.';
COMMENT ON COLUMN audit.event.seq IS 'Position in the chain: 1, 2, 3, ... without gaps.';
COMMENT ON COLUMN audit.event.actor_id IS 'Who acted: an opaque id, never a name or an e-mail address.';
COMMENT ON COLUMN audit.event.action IS 'What was done: a stable dotted code, e.g. household.created.';
COMMENT ON COLUMN audit.event.correlation_id IS 'The request id (X-Request-Id) or job id, to find the logs.';
COMMENT ON COLUMN audit.event.justification IS 'Why, where a justification is required; cites a policy.';
COMMENT ON COLUMN audit.event.details IS 'At most 16 non-personal facts: {"key": "value"}, strings only.';
COMMENT ON COLUMN audit.event.previous_hash IS 'hash of event seq - 1; 32 zero bytes for event 1.';
COMMENT ON COLUMN audit.event.hash IS 'SHA-256 of the canonical encoding (AuditChainFormat, version hearth.audit.v1).';

-- 4. Append-only, even for the owner: statement-level, so even an UPDATE or DELETE matching no row is refused.
--    (A superuser can still switch triggers off; that is what the hash chain and `hearth audit verify` catch.)
CREATE FUNCTION audit.refuse_change() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RAISE EXCEPTION 'audit.% is append-only: % is refused', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'HA001', HINT = 'See docs/adr/0012-tamper-evident-audit-trail.md.';
END
$$;

CREATE TRIGGER event_is_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON audit.event
    FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change();

-- 5. Every insert must extend the chain: seq = last + 1 and previous_hash = last hash (or 1 and 32 zero bytes). The
--    trigger takes the same transaction-scoped advisory lock as the adapter (key 5216682887585743189, the bytes of
--    "HearthAU"), so even a client that forgot it is serialised and cannot fork the chain.
CREATE FUNCTION audit.extend_chain_only() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    last_seq  bigint;
    last_hash bytea;
BEGIN
    PERFORM pg_advisory_xact_lock(5216682887585743189);
    SELECT e.seq, e.hash INTO last_seq, last_hash FROM audit.event e ORDER BY e.seq DESC LIMIT 1;
    IF last_seq IS NULL THEN
        IF NEW.seq <> 1 OR NEW.previous_hash <> decode(repeat('00', 32), 'hex') THEN
            RAISE EXCEPTION 'audit.event: the first event must have seq 1 and the genesis previous_hash'
                USING ERRCODE = 'HA002';
        END IF;
    ELSIF NEW.seq <> last_seq + 1 OR NEW.previous_hash <> last_hash THEN
        RAISE EXCEPTION 'audit.event: event % does not extend the chain, whose last event is %', NEW.seq, last_seq
            USING ERRCODE = 'HA002';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER event_extends_the_chain
    BEFORE INSERT ON audit.event
    FOR EACH ROW EXECUTE FUNCTION audit.extend_chain_only();

-- 6. What the application may do here: INSERT and SELECT, nothing else.
REVOKE ALL ON audit.event FROM PUBLIC;
GRANT SELECT, INSERT ON audit.event TO hearth_app;
