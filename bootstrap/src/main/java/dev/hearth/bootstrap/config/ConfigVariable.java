package dev.hearth.bootstrap.config;

/**
 * Every environment variable Hearth reads: its default and what it does. The table in docs/guides/configuration.md
 * lists exactly these (a test keeps the two in step), and {@link ConfigLoader} refuses any other {@code HEARTH_*}
 * variable so a misspelt one cannot silently fall back to a default.
 */
public enum ConfigVariable {
    HEARTH_PROFILE("dev", false,
            "`dev` or `production`. Production refuses to start without `DATABASE_URL`, `HEARTH_FIELD_KEYSET` and "
                    + "`HEARTH_AUTH_LOOKUP_KEY`, logs "
                    + "JSON and binds 0.0.0.0; `serve` refuses a database login that is a superuser or has `BYPASSRLS` "
                    + "(see `HEARTH_ALLOW_SUPERUSER_DATABASE_LOGIN`)."),
    HEARTH_HTTP_HOST("`127.0.0.1` (dev), `0.0.0.0` (production)", false, "Address the HTTP server binds."),
    HEARTH_HTTP_PORT("8080", false, "TCP port of the HTTP server (1-65535)."),
    HEARTH_MAX_REQUEST_BYTES("1048576", false,
            "Largest request body accepted, in bytes (1 MiB); larger bodies get 413 `payload_too_large`."),
    HEARTH_SHUTDOWN_GRACE_SECONDS("20", false,
            "On SIGTERM/Ctrl-C, how long requests in flight may finish before connections close (0-300)."),
    HEARTH_HTTP_HEADER_TIMEOUT_SECONDS("10", false,
            "Seconds (1-300) a request's line and headers may take from their first byte; a slower client (a "
                    + "slowloris) has its connection closed without an answer."),
    HEARTH_HTTP_IDLE_TIMEOUT_SECONDS("30", false,
            "Seconds (1-3600) a connection may sit with no byte moving, between requests or within one, before it "
                    + "is closed."),
    HEARTH_HTTP_MIN_DATA_RATE_BYTES("1024", false,
            "Least bytes a second (1-1048576), averaged after the first second, at which a request body must arrive "
                    + "(slower: 400 `malformed_request` and the connection closed) and a response be taken (slower: "
                    + "the connection closed)."),
    HEARTH_TRUSTED_PROXIES("none", false,
            "Comma-separated addresses and CIDR blocks of the reverse proxies in front of Hearth (e.g. "
                    + "`10.0.0.0/8, 192.168.1.7`). Only a request whose TCP peer is one of them has its client address "
                    + "taken from `X-Forwarded-For`: the right-most address there that is not itself a listed proxy. "
                    + "The client address keys the login throttle and the registration cap; unset behind a proxy, "
                    + "every user shares the proxy's address."),
    DATABASE_URL("unset: embedded PostgreSQL (dev only)", true,
            "`postgres://user:password@host:5432/db?sslmode=require` or `jdbc:postgresql://host:5432/db`. Unset in "
                    + "dev: an embedded PostgreSQL keeps its data under `HEARTH_DATA_DIR`. Required in production."),
    DATABASE_USER("from `DATABASE_URL`", false, "Database user; overrides the one in `DATABASE_URL`."),
    DATABASE_PASSWORD("from `DATABASE_URL`", true, "Database password; overrides the one in `DATABASE_URL`."),
    DATABASE_POOL_SIZE("10", false, "Most pooled database connections (1-200), for the primary and again for the "
            + "replica."),
    DATABASE_REPLICA_URL("unset: reads go to the primary", true,
            "A streaming-replication standby of `DATABASE_URL` that serves reads, in the same forms. A login in it is "
                    + "used for the replica only; without one the replica uses the primary's (`DATABASE_USER`/"
                    + "`DATABASE_PASSWORD`). While the primary is unreachable, reads continue from it marked "
                    + "`possibly-delayed` and writes answer 503 `writes_unavailable` with `Retry-After` "
                    + "(`docs/runbooks/primary-failover.md`). Needs `DATABASE_URL`."),
    HEARTH_ALLOW_SUPERUSER_DATABASE_LOGIN("false", false,
            "`true` lets `serve` start in production although its database login is a superuser or has `BYPASSRLS`, "
                    + "which row-level security does not bind (ADR 0016); the start then logs a WARN. Otherwise such a "
                    + "login is refused: serve with a login that owns the schema or is a member of `hearth_app`, "
                    + "neither superuser nor `BYPASSRLS`."),
    HEARTH_DATA_DIR("`.hearth`", false,
            "Folder for local development data; the embedded PostgreSQL keeps its cluster in its `postgres` subfolder."),
    HEARTH_FIELD_KEYSET("unset: development keyset (dev only)", true,
            "Base64 of the Tink JSON keyset that encrypts sensitive fields (`hearth keys generate`; rotation: "
                    + "`docs/runbooks/key-rotation.md`). Unset in dev: a development keyset is generated once in "
                    + "`<HEARTH_DATA_DIR>/keys/field-keyset.json` and reused. Required in production."),
    HEARTH_AUTH_ISSUER("hearth", false,
            "`iss` of the access tokens Hearth signs, and the only issuer it accepts (e.g. `https://api.example.org`)."),
    HEARTH_AUTH_AUDIENCE("hearth-api", false, "`aud` of the access tokens Hearth signs, and the audience it requires."),
    HEARTH_AUTH_LOOKUP_KEY("unset: development key (dev only)", true,
            "Base64 of at least 32 random bytes (`openssl rand -base64 32`): the HMAC key of the login-address index "
                    + "(ADR 0018). Losing it makes every account unfindable: keep it with `HEARTH_FIELD_KEYSET`. Unset "
                    + "in dev: generated once in `<HEARTH_DATA_DIR>/keys/lookup-key`. Required in production."),
    HEARTH_ADMIN_ACCOUNT_IDS("none", false,
            "Comma-separated account UUIDs granted the admin scopes `admin:signing-keys` (signing-key rotation) and "
                    + "`admin:audit` (audit-chain verification). Checked on every request: an account taken off the "
                    + "list loses them at once, in every token and API key it holds (ADR 0021)."),
    HEARTH_SUPPORT_ACCOUNT_IDS("none", false,
            "Comma-separated account UUIDs of support staff, granted `support:crisis-override`: signed in with "
                    + "their password, they may open a time-limited, justified, audited read-only crisis override on a "
                    + "household (ADR 0019). It gives no standing access; taken off the list, an account loses it at "
                    + "once (ADR 0021)."),
    HEARTH_REAUTHENTICATION_MINUTES("15", false,
            "Minutes (1-60) within which an admin must have signed in with their password for an admin action "
                    + "(`/v1/admin/...`); an older sign-in (refreshing does not count) gets 403 "
                    + "`reauthentication_required` (ADR 0021)."),
    HEARTH_SIGNING_KEY_ROTATION_DAYS("30", false,
            "Age in days (1-365) at which the hourly schedule rotates the access-token signing key."),
    HEARTH_API_KEY_ROTATION_OVERLAP_HOURS("24", false,
            "Hours (1-720) a rotated API key keeps working beside its successor, so clients can switch without an "
                    + "outage (ADR 0020)."),
    HEARTH_EXTERNAL_ISSUER("unset: off", false,
            "`iss` of an external token issuer (e.g. a Better Auth deployment) whose access tokens Hearth also "
                    + "accepts, mapping each `sub` onto a Hearth account created on first sight (ADR 0020). Needs "
                    + "`HEARTH_EXTERNAL_JWKS_URL` and `HEARTH_EXTERNAL_AUDIENCE`; must differ from "
                    + "`HEARTH_AUTH_ISSUER`."),
    HEARTH_EXTERNAL_JWKS_URL("unset", false,
            "`https://` URL of the external issuer's JWKS (`http://` only for loopback). Cached 5 minutes, refreshed "
                    + "once for an unknown `kid`, behind a circuit breaker: while it is unreachable and the cache "
                    + "too old, that issuer's tokens get 503 `service_unavailable`; Hearth's own keep working."),
    HEARTH_EXTERNAL_AUDIENCE("unset", false, "The `aud` the external issuer's tokens must carry for Hearth."),
    REDIS_URL("unset: in-process fallbacks", true,
            "`redis://[user:password@]host:6379[/db]`, `rediss://...` (TLS), or the master named by Redis Sentinels: "
                    + "`redis-sentinel://[user:password@]host:26379[,host:26379...]/master[/db]` (`rediss-sentinel://` "
                    + "for TLS; the credentials are the master's). Shares the rate limits, the login and registration "
                    + "throttles and the audit allowances between instances (ADR 0027). Unset: in-process fallbacks "
                    + "(one instance only), readiness reports redis `degraded`; unreachable: the same fallbacks per "
                    + "instance, logged once, readiness reports redis `down` (overall `degraded`)."),
    REDIS_CA_FILE("unset: the Java runtime's trust store", false,
            "PEM file of the certificate authorities a `rediss://` server's certificate must chain to (a private CA); "
                    + "its host name is always verified."),
    HEARTH_RATE_LIMIT_AUTHENTICATION("30", false,
            "Requests a minute (0-100000; 0: no limit) per client address to the public `POST /v1/auth/...` routes "
                    + "(sign in, register, refresh, sign out), beside the login back-off (ADR 0027)."),
    HEARTH_RATE_LIMIT_CALCULATIONS("120", false,
            "Requests a minute (0-100000; 0: no limit) per API key, per account and per client address to the "
                    + "calculations (`POST /v1/estimates/...`, `/v1/assessments/...`, `/v1/plans/...`)."),
    HEARTH_RATE_LIMIT_READS("600", false,
            "Requests a minute (0-100000; 0: no limit) per API key, per account and per client address to the other "
                    + "`GET`/`HEAD` routes (the health probes are never limited)."),
    HEARTH_RATE_LIMIT_WRITES("120", false,
            "Requests a minute (0-100000; 0: no limit) per API key, per account and per client address to the other "
                    + "`POST`/`PUT`/`PATCH`/`DELETE` routes."),
    HEARTH_RATE_LIMIT_ADMIN("30", false,
            "Requests a minute (0-100000; 0: no limit) per API key, per account and per client address to "
                    + "`/v1/admin/...`. Beyond any limit: 429 `rate_limited` with `Retry-After`; every answer carries "
                    + "the RateLimit-Policy and RateLimit fields."),
    HEARTH_LOG_FORMAT("`text` (dev), `json` (production)", false,
            "`text` for people, `json` (one object per line, sensitive fields masked) for log collectors."),
    HEARTH_LOG_LEVEL("INFO", false, "`TRACE`, `DEBUG`, `INFO`, `WARN` or `ERROR`."),
    HEARTH_JAVA("newest JDK under /usr/lib/jvm", false, "Used by the `./hearth` launcher only: the `java` to run.");

    private final String defaultValue;
    private final boolean secret;
    private final String description;

    ConfigVariable(String defaultValue, boolean secret, String description) {
        this.defaultValue = defaultValue;
        this.secret = secret;
        this.description = description;
    }

    /** The default, as documented (Markdown). */
    public String defaultValue() {
        return defaultValue;
    }

    /** Whether its value may hold a password or a key: never printed, not even when it is malformed. */
    public boolean secret() {
        return secret;
    }

    /** What it does (Markdown). */
    public String description() {
        return description;
    }
}
