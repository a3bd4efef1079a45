package dev.hearth.adapter.out.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.hearth.adapter.out.postgres.crypto.KeyRotation;
import dev.hearth.adapter.out.postgres.crypto.TinkFieldEncryptionAdapter;
import dev.hearth.adapter.out.postgres.internal.Database;
import dev.hearth.adapter.out.postgres.internal.EmbeddedDevelopmentServer;
import dev.hearth.adapter.out.postgres.internal.Migrator;
import dev.hearth.adapter.out.postgres.internal.PostgresHealthCheck;
import dev.hearth.adapter.out.postgres.internal.SqlFailures;
import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.port.out.crypto.FieldEncryptionPort;
import dev.hearth.application.port.out.health.CheckDependencyHealthPort;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one public entry to Hearth's PostgreSQL adapters. Bootstrap calls {@link #start(PostgresSettings)} once, runs
 * {@link #migrate()} where wanted, takes the ports it needs, and closes this at shutdown.
 *
 * <pre>{@code
 * try (PostgresAdapters postgres = PostgresAdapters.start(settings)) {
 *     postgres.migrate();
 *     readiness.add(postgres.health());
 *     ...
 * }
 * }</pre>
 *
 * <p>It owns the HikariCP pool, the JDBI instance and, in development mode (no JDBC URL), the embedded PostgreSQL
 * server. No JDBI, Flyway or HikariCP type appears in this API, so nothing outside this module depends on them, and
 * every database failure leaves this module as an {@link ApplicationException}.
 *
 * <p>Starting does not wait for an external server: if it is down, the pool keeps trying, {@link #health()} reports
 * DOWN and {@link #migrate()} fails with {@code SERVICE_UNAVAILABLE}; everything recovers when the server returns.
 */
public final class PostgresAdapters implements AutoCloseable {

    /** How long a readiness check may take before it reports DOWN. */
    public static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(2);
    /** How long a request waits for a pooled connection before it fails with SERVICE_UNAVAILABLE. */
    public static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(PostgresAdapters.class);

    private final PostgresSettings settings;
    private final EmbeddedDevelopmentServer embeddedServer;
    private final HikariDataSource pool;
    private final Database database;
    private final PostgresHealthCheck health;
    private final JdbiAuditLogAdapter auditLog;
    private final AtomicBoolean closed = new AtomicBoolean();

    private PostgresAdapters(PostgresSettings settings, EmbeddedDevelopmentServer embeddedServer,
                             HikariDataSource pool) {
        this.settings = settings;
        this.embeddedServer = embeddedServer;
        this.pool = pool;
        this.database = new Database(Jdbi.create(pool)
                .installPlugin(new SqlObjectPlugin())
                .installPlugin(new PostgresPlugin()));
        this.health = new PostgresHealthCheck(pool, HEALTH_TIMEOUT,
                embeddedServer == null ? "external server" : "embedded development server");
        this.auditLog = new JdbiAuditLogAdapter(database);
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
        if (settings.replicaJdbcUrl() != null) {
            LOG.info("PostgreSQL replica configured but not used yet: reads go to the primary");
        }
        try {
            HikariDataSource pool = new HikariDataSource(poolConfig(jdbcUrl, user, password,
                    settings.maximumPoolSize()));
            return new PostgresAdapters(settings, embedded, pool);
        } catch (RuntimeException e) {
            if (embedded != null) {
                embedded.close();
            }
            throw SqlFailures.translate(e);
        }
    }

    private static HikariConfig poolConfig(String jdbcUrl, String user, String password, int size) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("hearth-primary");
        config.setJdbcUrl(jdbcUrl);
        if (user != null) {
            config.setUsername(user);
        }
        if (password != null) {
            config.setPassword(password);
        }
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(Math.min(2, size));
        config.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        config.setValidationTimeout(Math.min(HEALTH_TIMEOUT.toMillis(), 1_000));
        // do not fail start-up when an external server is briefly away: health says DOWN until it returns
        config.setInitializationFailTimeout(-1);
        config.addDataSourceProperty("ApplicationName", "hearth");
        config.addDataSourceProperty("tcpKeepAlive", "true");
        config.addDataSourceProperty("connectTimeout", "5");
        return config;
    }

    /**
     * Runs the Flyway migrations bundled in this module ({@code db/migration}) against the primary.
     *
     * @throws ApplicationException {@code SERVICE_UNAVAILABLE} when the database cannot be reached, {@code INTERNAL}
     *                              when a migration fails (it is rolled back; details in the log)
     */
    public MigrationResult migrate() {
        Migrator.Result result = new Migrator(pool).migrate();
        LOG.info("Database migrated: {} migration(s) applied, schema version {}", result.executed(),
                result.schemaVersion());
        return new MigrationResult(result.executed(), result.schemaVersion());
    }

    /** Readiness check named {@code postgres}, required: a quick {@code SELECT 1} with a timeout; never throws. */
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
     * Re-encryption of stored field ciphertexts under {@code encryption}'s primary key, and the census of which key
     * protects how many values (behind {@code hearth keys rotate} / {@code hearth keys census}). Walk
     * {@link dev.hearth.adapter.out.postgres.crypto.EncryptedColumns#all()}.
     */
    public KeyRotation keyRotation(TinkFieldEncryptionAdapter encryption) {
        return new KeyRotation(database, encryption);
    }

    /**
     * Accounts, refresh-token families and signing keys (ADR 0018): {@code LoadAccountPort}, {@code StoreAccountPort},
     * {@code StoreSigningKeysPort}, {@code RotateRefreshTokenPort}. Addresses and private keys are encrypted with
     * {@code encryption}. Needs the migrations applied.
     */
    public JdbiIdentityAdapter identity(FieldEncryptionPort encryption) {
        return new JdbiIdentityAdapter(database, encryption);
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
                : "PostgreSQL at " + PostgresSettings.redactUrl(settings.jdbcUrl());
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
        pool.close();
        if (embeddedServer != null) {
            embeddedServer.close();
        }
    }
}
