package dev.hearth.adapter.out.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.hearth.adapter.out.postgres.crypto.EncryptedColumn;
import dev.hearth.adapter.out.postgres.crypto.KeyRotation;
import dev.hearth.adapter.out.postgres.crypto.PostgresFieldKeysAdapter;
import dev.hearth.adapter.out.postgres.crypto.TinkFieldEncryptionAdapter;
import dev.hearth.adapter.out.postgres.internal.Database;
import dev.hearth.adapter.out.postgres.internal.EmbeddedDevelopmentServer;
import dev.hearth.adapter.out.postgres.internal.FreshConnectionProbe;
import dev.hearth.adapter.out.postgres.internal.Migrator;
import dev.hearth.adapter.out.postgres.internal.PostgresHealthCheck;
import dev.hearth.adapter.out.postgres.internal.ServerAvailability;
import dev.hearth.adapter.out.postgres.internal.SqlFailures;
import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.port.out.crypto.FieldEncryptionPort;
import dev.hearth.application.port.out.health.CheckDependencyHealthPort;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one public entry to Hearth's PostgreSQL adapters. Bootstrap calls {@link #start(PostgresSettings)} once, runs
 * {@link #migrate(FieldEncryptionPort)} where wanted, takes the ports it needs, and closes this at shutdown.
 *
 * <pre>{@code
 * try (PostgresAdapters postgres = PostgresAdapters.start(settings)) {
 *     postgres.migrate(encryption);
 *     readiness.add(postgres.health());
 *     ...
 * }
 * }</pre>
 *
 * <p>It owns the HikariCP pools (the primary's, {@code hearth-primary}, and, when a replica is configured, the
 * replica's read-only {@code hearth-replica}), the JDBI instances and, in development mode (no JDBC URL), the embedded
 * PostgreSQL server. Writes go to the primary and reads may go to the replica; while the primary is unreachable, reads
 * continue from the replica (marked possibly delayed) and writes fail at once with {@code WRITES_UNAVAILABLE} until it
 * answers again (see {@code docs/adr/0015-primary-and-replica-routing.md}). No JDBI, Flyway or HikariCP type appears
 * in this API, so nothing outside this module depends on them, and every database failure leaves this module as an
 * {@link ApplicationException}.
 *
 * <p>Starting does not wait for an external server: if it is down, the pool keeps trying, {@link #health()} reports
 * DOWN and {@link #migrate(FieldEncryptionPort)} fails with {@code SERVICE_UNAVAILABLE}; everything recovers when the server returns.
 */
public final class PostgresAdapters implements AutoCloseable {

    /** How long a readiness check may take before it reports DOWN. */
    public static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(2);
    /** How long a request waits for a pooled connection before it fails with SERVICE_UNAVAILABLE. */
    public static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(PostgresAdapters.class);

    /** How long a read waits for a pooled replica connection before it is sent to the primary instead. */
    public static final Duration REPLICA_CONNECTION_TIMEOUT = Duration.ofSeconds(2);
    /** How often an unreachable server is tried again (a fresh connection and one query). */
    public static final Duration PROBE_INTERVAL = Duration.ofSeconds(1);

    private final PostgresSettings settings;
    private final EmbeddedDevelopmentServer embeddedServer;
    private final HikariDataSource pool;
    private final HikariDataSource replicaPool;
    private final ServerAvailability primaryAvailability;
    private final ServerAvailability replicaAvailability;
    private final Database database;
    private final PostgresHealthCheck health;
    private final JdbiAuditLogAdapter auditLog;
    private final AtomicBoolean closed = new AtomicBoolean();

    private PostgresAdapters(PostgresSettings settings, EmbeddedDevelopmentServer embeddedServer,
                             HikariDataSource pool, ServerAvailability primaryAvailability,
                             HikariDataSource replicaPool, ServerAvailability replicaAvailability) {
        this.settings = settings;
        this.embeddedServer = embeddedServer;
        this.pool = pool;
        this.replicaPool = replicaPool;
        this.primaryAvailability = primaryAvailability;
        this.replicaAvailability = replicaAvailability;
        this.database = new Database(jdbi(pool), primaryAvailability,
                replicaPool == null ? null : jdbi(replicaPool), replicaAvailability);
        this.health = new PostgresHealthCheck(pool, primaryAvailability, replicaPool, replicaAvailability,
                HEALTH_TIMEOUT, embeddedServer == null ? "external server" : "embedded development server");
        this.auditLog = new JdbiAuditLogAdapter(database);
    }

    private static Jdbi jdbi(HikariDataSource pool) {
        return Jdbi.create(pool)
                .installPlugin(new SqlObjectPlugin())
                .installPlugin(new PostgresPlugin());
    }

    /**
     * Opens the pool to the configured server or, with no URL, starts the embedded development server (creating or
     * reusing its cluster in {@link PostgresSettings#embeddedDataDirectory()}) and opens the pool to it. Does not
     * migrate.
     *
     * @throws ApplicationException {@code SERVICE_UNAVAILABLE} when the embedded server cannot start
     */
    public static PostgresAdapters start(PostgresSettings settings) {
        Objects.requireNonNull(settings, "settings");
        EmbeddedDevelopmentServer embedded = null;
        String jdbcUrl = settings.jdbcUrl();
        String user = settings.user();
        String password = settings.password();
        if (settings.isEmbedded()) {
            embedded = EmbeddedDevelopmentServer.start(settings.embeddedDataDirectory());
            jdbcUrl = embedded.jdbcUrl();
            user = EmbeddedDevelopmentServer.USER;
            password = null;
        } else {
            LOG.info("PostgreSQL: {}", settings);
        }
        HikariDataSource pool = null;
        HikariDataSource replicaPool = null;
        ServerAvailability primaryAvailability = null;
        ServerAvailability replicaAvailability = null;
        try {
            pool = new HikariDataSource(poolConfig("hearth-primary", jdbcUrl, user, password,
                    settings.maximumPoolSize(), CONNECTION_TIMEOUT, false));
            primaryAvailability = new ServerAvailability("primary",
                    new FreshConnectionProbe(jdbcUrl, user, password, HEALTH_TIMEOUT, true), PROBE_INTERVAL);
            String replicaUrl = settings.replicaJdbcUrl();
            if (replicaUrl != null) {
                String replicaUser = settings.replicaCarriesUser() ? null : user;
                String replicaPassword = settings.replicaCarriesUser() ? null : password;
                replicaPool = new HikariDataSource(poolConfig("hearth-replica", replicaUrl, replicaUser,
                        replicaPassword, settings.maximumPoolSize(), REPLICA_CONNECTION_TIMEOUT, true));
                replicaAvailability = new ServerAvailability("replica",
                        new FreshConnectionProbe(replicaUrl, replicaUser, replicaPassword, HEALTH_TIMEOUT, false),
                        PROBE_INTERVAL);
                LOG.info("PostgreSQL read replica at {}: reads go there, writes to the primary",
                        PostgresSettings.redactUrl(replicaUrl));
            }
            return new PostgresAdapters(settings, embedded, pool, primaryAvailability, replicaPool,
                    replicaAvailability);
        } catch (RuntimeException e) {
            closeQuietly(replicaAvailability, replicaPool, primaryAvailability, pool);
            if (embedded != null) {
                embedded.close();
            }
            throw SqlFailures.translate(e);
        }
    }

    private static void closeQuietly(AutoCloseable... closeables) {
        for (AutoCloseable closeable : closeables) {
            if (closeable != null) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    LOG.debug("while closing after a failed start: {}", e.getClass().getSimpleName());
                }
            }
        }
    }

    private static HikariConfig poolConfig(String name, String jdbcUrl, String user, String password, int size,
                                           Duration connectionTimeout, boolean readOnly) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setReadOnly(readOnly);
        config.setJdbcUrl(jdbcUrl);
        if (user != null) {
            config.setUsername(user);
        }
        if (password != null) {
            config.setPassword(password);
        }
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(Math.min(2, size));
        config.setConnectionTimeout(connectionTimeout.toMillis());
        config.setValidationTimeout(Math.min(HEALTH_TIMEOUT.toMillis(), 1_000));
        // do not fail start-up when an external server is briefly away: health says DOWN until it returns
        config.setInitializationFailTimeout(-1);
        config.addDataSourceProperty("ApplicationName", readOnly ? "hearth-replica" : "hearth");
        config.addDataSourceProperty("tcpKeepAlive", "true");
        config.addDataSourceProperty("connectTimeout", "5");
        return config;
    }

    /**
     * Runs the Flyway migrations bundled in this module ({@code db/migration}) against the primary. {@code encryption}
     * is the field encryption the stored documents use: a migration that re-encodes encrypted documents (V60, money
     * field names, ADR 0025) decrypts and encrypts them with it.
     *
     * @throws ApplicationException {@code SERVICE_UNAVAILABLE} when the database cannot be reached, {@code INTERNAL}
     *                              when a migration fails (it is rolled back; details in the log)
     */
    public MigrationResult migrate(FieldEncryptionPort encryption) {
        Migrator.Result result = new Migrator(pool, encryption).migrate();
        LOG.info("Database migrated: {} migration(s) applied, schema version {}", result.executed(),
                result.schemaVersion());
        return new MigrationResult(result.executed(), result.schemaVersion());
    }

    /**
     * Readiness check named {@code postgres}, required: a quick {@code SELECT 1} on the primary and, when configured, on
     * the replica, with a timeout; never throws. UP when every configured server answers; DEGRADED when one of the two
     * is unreachable (primary down: reads from the replica may be delayed and writes are paused; replica down: reads
     * from the primary); DOWN when nothing answers.
     */
    public CheckDependencyHealthPort health() {
        return health;
    }

    /**
     * The tamper-evident audit trail: append ({@code AppendAuditEventPort}), read ({@code ReadAuditTrailPort}) and
     * verify ({@code VerifyAuditChainPort}, behind {@code hearth audit verify}). Needs the migrations applied.
     */
    public JdbiAuditLogAdapter auditLog() {
        return auditLog;
    }

    /**
     * Households, their debts and saved estimates, and the transaction that joins them with the audit trail
     * ({@code docs/adr/0016-household-storage.md}); documents are encrypted with {@code encryption}. Needs the
     * migrations applied. Build it once at start-up and share it; the saved-estimate ports are its
     * {@code savedEstimates()}.
     */
    public JdbiHouseholdAdapter households(dev.hearth.application.port.out.crypto.FieldEncryptionPort encryption) {
        return new JdbiHouseholdAdapter(database, encryption);
    }

    /**
     * Who may reach a household (ADR 0019): membership, crisis overrides and adviser notes (encrypted with
     * {@code encryption}). Needs the migrations applied.
     */
    public JdbiHouseholdAccessAdapter householdAccess(FieldEncryptionPort encryption) {
        return new JdbiHouseholdAccessAdapter(database, encryption);
    }

    /**
     * Re-encryption of stored field ciphertexts under {@code encryption}'s primary key, and the census of which key
     * protects how many values (behind {@code hearth keys rotate} / {@code hearth keys census}). Walk
     * {@link dev.hearth.adapter.out.postgres.crypto.EncryptedColumns#all()}.
     */
    public KeyRotation keyRotation(TinkFieldEncryptionAdapter encryption) {
        return new KeyRotation(database, encryption);
    }

    /**
     * The key-rotation ports ({@code ReEncryptFieldsPort}, {@code CountFieldKeysPort}) over {@code columns} (normally
     * {@link dev.hearth.adapter.out.postgres.crypto.EncryptedColumns#all()}), under {@code encryption}'s keyset.
     */
    public PostgresFieldKeysAdapter fieldKeys(TinkFieldEncryptionAdapter encryption, List<EncryptedColumn> columns) {
        return new PostgresFieldKeysAdapter(keyRotation(encryption), encryption.keyset(), columns);
    }

    /**
     * Settings that reach the same database from another Hearth instance: the configured ones, or for the embedded
     * development server its loopback address (the server stays owned, and stopped, by this instance).
     */
    public PostgresSettings settingsOfTheSameServer() {
        return embeddedServer == null ? settings
                : PostgresSettings.external(embeddedServer.jdbcUrl(), EmbeddedDevelopmentServer.USER, null);
    }

    /** Whether a read replica is configured ({@link PostgresSettings#replicaJdbcUrl()}). */
    public boolean replicaConfigured() {
        return replicaPool != null;
    }

    /**
     * Whether the primary is currently believed reachable. False from the first connection failure until a probe (every
     * {@link #PROBE_INTERVAL}) or a call succeeds; meanwhile writes fail at once with {@code WRITES_UNAVAILABLE}.
     */
    public boolean primaryReachable() {
        return primaryAvailability.isUp();
    }

    /**
     * Accounts, refresh-token families and signing keys (ADR 0018): {@code LoadAccountPort}, {@code StoreAccountPort},
     * {@code StoreSigningKeysPort}, {@code RotateRefreshTokenPort}. Addresses and private keys are encrypted with
     * {@code encryption}. Needs the migrations applied.
     */
    public JdbiIdentityAdapter identity(FieldEncryptionPort encryption) {
        return new JdbiIdentityAdapter(database, encryption);
    }

    /**
     * Answers of requests sent with an idempotency key, committed with their effect (ADR 0026):
     * {@code KeepIdempotentAnswersPort}. Bodies are encrypted with {@code encryption}. Needs the migrations applied.
     */
    public JdbiIdempotencyAdapter idempotency(FieldEncryptionPort encryption) {
        return new JdbiIdempotencyAdapter(database, encryption);
    }

    /**
     * API keys (ADR 0020): {@code LoadApiKeysPort}, {@code StoreApiKeysPort}. Only hashes of keys are stored. Needs the
     * migrations applied.
     */
    public JdbiApiKeyAdapter apiKeys() {
        return new JdbiApiKeyAdapter(database);
    }

    /**
     * Who the primary's pool logs in as, read from {@code pg_roles} for {@code current_user}: whether it is a superuser
     * or has {@code BYPASSRLS}, either of which puts it above row-level security (ADR 0016).
     *
     * @throws ApplicationException {@code SERVICE_UNAVAILABLE} when the database cannot be reached
     */
    public DatabaseLogin login() {
        return database.withHandle(h -> h.createQuery(
                        "SELECT rolname, rolsuper, rolbypassrls FROM pg_catalog.pg_roles WHERE rolname = current_user")
                .map((rs, ctx) -> new DatabaseLogin(rs.getString("rolname"), rs.getBoolean("rolsuper"),
                        rs.getBoolean("rolbypassrls")))
                .one());
    }

    /** Whether this is the embedded development server. */
    public boolean embedded() {
        return embeddedServer != null;
    }

    /** A log-safe description of where the data lives (no password). */
    public String describe() {
        return embeddedServer != null
                ? "embedded development PostgreSQL on localhost:" + embeddedServer.port() + ", data in "
                        + embeddedServer.dataDirectory()
                : "PostgreSQL at " + PostgresSettings.redactUrl(settings.jdbcUrl())
                        + (settings.replicaJdbcUrl() == null ? ""
                                : ", read replica at " + PostgresSettings.redactUrl(settings.replicaJdbcUrl()));
    }

    /** The translating JDBI wrapper, for the JDBI adapters of this package. */
    Database database() {
        return database;
    }

    /** Closes the pool and stops the embedded server if this started one. Safe to call twice. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        health.close();
        primaryAvailability.close();
        if (replicaAvailability != null) {
            replicaAvailability.close();
        }
        if (replicaPool != null) {
            replicaPool.close();
        }
        pool.close();
        if (embeddedServer != null) {
            embeddedServer.close();
        }
    }
}
