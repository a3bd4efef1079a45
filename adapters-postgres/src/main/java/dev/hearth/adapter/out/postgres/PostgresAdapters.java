package dev.hearth.adapter.out.postgres;

import dev.hearth.application.port.out.health.CheckDependencyHealthPort;

/**
 * The one public entry to Hearth's PostgreSQL adapters. Bootstrap calls {@link #start(PostgresSettings)} once, runs
 * {@link #migrate()} where wanted, takes the ports it needs, and closes this at shutdown.
 *
 * <p>It owns the HikariCP pool, the JDBI instance and, in development mode, the embedded PostgreSQL server. No JDBI,
 * Flyway or HikariCP type appears in this API, so nothing outside this module depends on them.
 */
public final class PostgresAdapters implements AutoCloseable {

    private PostgresAdapters() {
    }

    /**
     * Connects to PostgreSQL (or, with no URL, starts the embedded development server) and opens the pool. Does not
     * migrate.
     *
     * @throws dev.hearth.application.error.ApplicationException with {@code SERVICE_UNAVAILABLE} when the database
     *                                                           cannot be reached or the embedded server cannot start
     */
    public static PostgresAdapters start(PostgresSettings settings) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Runs the Flyway migrations bundled in this module against the primary. */
    public MigrationResult migrate() {
        throw new UnsupportedOperationException("not yet");
    }

    /** Readiness check named {@code postgres}, required: a quick {@code SELECT 1} with a timeout; never throws. */
    public CheckDependencyHealthPort health() {
        throw new UnsupportedOperationException("not yet");
    }

    /** Whether this is the embedded development server. */
    public boolean embedded() {
        throw new UnsupportedOperationException("not yet");
    }

    /** A log-safe description of where the data lives (no password). */
    public String describe() {
        throw new UnsupportedOperationException("not yet");
    }

    /** Closes the pool and stops the embedded server if this started one. Safe to call twice. */
    @Override
    public void close() {
    }
}
