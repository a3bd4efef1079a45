package dev.hearth.adapter.out.postgres.internal;

import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Set;

/**
 * Turns a database failure (JDBI, JDBC, Flyway or pool exception) into an {@link ApplicationException} whose detail is
 * safe to show: never the SQL text or the server's message, which may quote stored values. The original exception
 * stays attached as the cause, for the logs only.
 *
 * <p>Failures a retry may cure (the server is unreachable, shutting down, out of connections, or the transaction lost a
 * serialization race or a deadlock, or the pool had no free connection in time) become {@code SERVICE_UNAVAILABLE};
 * everything else becomes {@code INTERNAL}.
 */
public final class SqlFailures {

    /** Detail for failures where trying again later may help. */
    public static final String UNAVAILABLE_DETAIL = "The database is not available right now. Please try again shortly.";
    /** Detail for every other database failure. */
    public static final String INTERNAL_DETAIL = "A database operation failed.";

    /** SQLSTATEs (besides class 08, connection exception) that mean "try again later". */
    private static final Set<String> RETRYABLE_STATES = Set.of(
            "40001", // serialization_failure
            "40P01", // deadlock_detected
            "53300", // too_many_connections
            "57014", // query_canceled (statement timeout)
            "57P01", // admin_shutdown
            "57P02", // crash_shutdown
            "57P03"  // cannot_connect_now
    );

    /** SQLSTATEs (besides class 08) that mean the server is going away or not accepting connections yet. */
    private static final Set<String> CONNECTION_STATES = Set.of(
            "57P01", // admin_shutdown (also a terminated backend)
            "57P02", // crash_shutdown
            "57P03"  // cannot_connect_now (starting up or shutting down)
    );

    private SqlFailures() {
    }

    /** The application exception for this failure; an {@link ApplicationException} passes through unchanged. */
    public static ApplicationException translate(Throwable failure) {
        if (failure instanceof ApplicationException already) {
            return already;
        }
        return retryable(failure)
                ? new ApplicationException(ErrorCode.SERVICE_UNAVAILABLE, UNAVAILABLE_DETAIL, List.of(), failure)
                : new ApplicationException(ErrorCode.INTERNAL, INTERNAL_DETAIL, List.of(), failure);
    }

    /** Whether a retry later may succeed: walks the cause chain and every chained {@link SQLException}. */
    static boolean retryable(Throwable failure) {
        for (Throwable t : causes(failure)) {
            if (t instanceof SQLTransientConnectionException || t instanceof java.net.ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (retryableState(next.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether the failure means the server itself could not be reached or went away, as opposed to one statement
     * failing: SQLSTATE class 08 (connection exception), 57P01/57P02/57P03 (administrator or crash shutdown, cannot
     * connect now), a refused socket, JDBI failing to set or restore the connection's isolation level or auto-commit on a
     * closed connection, or a pool timeout whose last attempt failed that way. A pool timeout with no such
     * cause only means every connection was busy, which says nothing about the server, so it does not count.
     * {@link Database} marks the server unreachable on these.
     */
    public static boolean connectionLost(Throwable failure) {
        for (Throwable t : causes(failure)) {
            if (t instanceof java.net.ConnectException || connectionStateChangeFailed(t)) {
                return true;
            }
            if (t instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (connectionState(next.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether a JDBC {@link SQLException} is anywhere in the failure's causes (a database failure, not a bug of ours). */
    static boolean hasSqlException(Throwable failure) {
        for (Throwable t : causes(failure)) {
            if (t instanceof SQLException) {
                return true;
            }
        }
        return false;
    }

    /**
     * JDBI failed to set or restore the connection's own state (isolation level, auto-commit) because of a JDBC
     * failure. Those calls touch only the connection, so they fail only when it is unusable: typically a pooled
     * connection that Hikari closed because the server went away, reported as "Connection is closed" with no SQLSTATE.
     */
    private static boolean connectionStateChangeFailed(Throwable t) {
        return (t instanceof org.jdbi.v3.core.transaction.UnableToManipulateTransactionIsolationLevelException
                || t instanceof org.jdbi.v3.core.transaction.UnableToRestoreAutoCommitStateException)
                && t.getCause() instanceof SQLException;
    }

    static boolean connectionState(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || CONNECTION_STATES.contains(sqlState));
    }

    static boolean retryableState(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || RETRYABLE_STATES.contains(sqlState));
    }

    /**
     * The failure, its causes and the exceptions suppressed along the way, depth first. Suppressed ones matter: when a
     * connection dies mid-transaction, JDBI's rollback or auto-commit restore fails too and may be what is thrown, with
     * the original failure (and its SQLSTATE) attached only as suppressed.
     */
    static List<Throwable> causes(Throwable failure) {
        List<Throwable> found = new java.util.ArrayList<>();
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.ArrayDeque<Throwable> pending = new java.util.ArrayDeque<>();
        if (failure != null) {
            pending.push(failure);
        }
        while (!pending.isEmpty() && found.size() < 64) {
            Throwable t = pending.pop();
            if (!seen.add(t)) {
                continue;
            }
            found.add(t);
            Throwable[] suppressed = t.getSuppressed();
            for (int i = suppressed.length - 1; i >= 0; i--) {
                pending.push(suppressed[i]);
            }
            if (t.getCause() != null) {
                pending.push(t.getCause());
            }
        }
        return found;
    }

    /** The SQLSTATE of the first {@link SQLException} in the cause chain, or null; safe to log and show. */
    public static String sqlState(Throwable failure) {
        for (Throwable t : causes(failure)) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
