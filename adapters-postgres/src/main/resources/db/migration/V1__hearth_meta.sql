-- ADR: docs/adr/0006-postgresql-jdbi-flyway-hikari.md
-- Facts about this database itself (not about any household): which installation it is and when its schema began.
-- Holds no personal data. Later migrations add the household, audit and identity schemas, each citing its own ADR.
CREATE TABLE hearth_meta (
    key         text        PRIMARY KEY CHECK (key ~ '^[a-z][a-z0-9_]*$'),
    value       text        NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE hearth_meta IS 'Facts about this Hearth database itself; no personal data. See docs/adr/0006.';

INSERT INTO hearth_meta (key, value) VALUES
    ('installation_id', gen_random_uuid()::text),
    ('schema_started_by', 'V1__hearth_meta');
