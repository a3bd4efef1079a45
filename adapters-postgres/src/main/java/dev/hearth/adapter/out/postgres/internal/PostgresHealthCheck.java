package dev.hearth.adapter.out.postgres.internal;

import dev.hearth.application.port.out.health.CheckDependencyHealthPort;
import dev.hearth.application.port.out.health.DependencyHealth;
import dev.hearth.application.port.out.health.DependencyState;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;

/**
 * Readiness of the database: the primary and, when one is configured, the read replica. For each it borrows a pooled
 * connection and runs {@code SELECT 1}, within a timeout, on its own daemon thread so a hung server cannot hang
 * readiness (the two run side by side). A server its {@link ServerAvailability} already knows to be down is reported
 * down without waiting; a check that finds a server unreachable marks it down, so writes stop waiting for it too.
 * Never throws; the detail never contains a host name, user or server message, only what happened and the SQLSTATE.
 *
 * <table>
 *   <caption>Verdicts</caption>
 *   <tr><th>primary</th><th>replica</th><th>state</th><th>meaning</th></tr>
 *   <tr><td>up</td><td>up or not configured</td><td>UP</td><td>all normal</td></tr>
 *   <tr><td>up</td><td>down</td><td>DEGRADED</td><td>reads go to the primary; nothing is delayed</td></tr>
 *   <tr><td>down</td><td>up</td><td>DEGRADED</td><td>reads from the replica (may be delayed), writes paused</td></tr>
 *   <tr><td>down</td><td>down or not configured</td><td>DOWN</td><td>nothing can be read or saved</td></tr>
 * </table>
 * Readiness stays ready (HTTP 200) while DEGRADED, because reads are still served; it answers 503 only when DOWN.
 */
public final class PostgresHealthCheck implements CheckDependencyHealthPort, AutoCloseable {

    /** Name shown in readiness. */
    public static final String NAME = "postgres";

    private final DataSource primary;
    private final ServerAvailability primaryAvailability;
    private final DataSource replica;
    private final ServerAvailability replicaAvailability;
    private final Duration timeout;
    private final String mode;
    private final ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "postgres-health");
        thread.setDaemon(true);
        return thread;
    });

    /** A primary only, with no availability tracking. */
    public PostgresHealthCheck(DataSource dataSource, Duration timeout, String mode) {
        this(dataSource, null, null, null, timeout, mode);
    }

    /**
     * @param primaryAvailability may be null (then only the {@code SELECT 1} decides)
     * @param replica             null when no replica is configured
     * @param replicaAvailability may be null
     * @param mode                a short safe phrase starting the UP detail, e.g. {@code "embedded development server"}
     */
    public PostgresHealthCheck(DataSource primary, ServerAvailability primaryAvailability, DataSource replica,
                               ServerAvailability replicaAvailability, Duration timeout, String mode) {
        this.primary = Objects.requireNonNull(primary, "primary");
        this.primaryAvailability = primaryAvailability;
        this.replica = replica;
        this.replicaAvailability = replicaAvailability;
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.mode = Objects.requireNonNull(mode, "mode");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean required() {
        return true;
    }

    @Override
    public DependencyHealth check() {
        Pending primaryCheck = start(primary, primaryAvailability);
        Pending replicaCheck = replica == null ? null : start(replica, replicaAvailability);
        Outcome p = primaryCheck.await();
        if (replicaCheck == null) {
            return p.up()
                    ? new DependencyHealth(NAME, DependencyState.UP, mode + ", SELECT 1 answered in " + p.detail())
                    : down(p.detail());
        }
        Outcome r = replicaCheck.await();
        if (p.up() && r.up()) {
            return new DependencyHealth(NAME, DependencyState.UP, mode + ", SELECT 1 answered in " + p.detail()
                    + "; replica answered in " + r.detail());
        }
        if (p.up()) {
            return new DependencyHealth(NAME, DependencyState.DEGRADED, "replica unreachable: reads from the primary ("
                    + "replica " + r.detail() + ")");
        }
        if (r.up()) {
            return new DependencyHealth(NAME, DependencyState.DEGRADED, "primary unreachable: reads from replica (may "
                    + "be delayed), writes paused (primary " + p.detail() + ")");
        }
        return down("primary " + p.detail() + "; replica " + r.detail());
    }

    private record Outcome(boolean up, String detail) {
    }

    private interface Pending {
        Outcome await();
    }

    private Pending start(DataSource dataSource, ServerAvailability availability) {
        if (availability != null && !availability.isUp()) {
            return () -> new Outcome(false, "unreachable, retrying");
        }
        long start = System.nanoTime();
        Future<?> probe;
        try {
            probe = executor.submit(() -> selectOne(dataSource));
        } catch (RuntimeException e) {
            return () -> new Outcome(false, "health check is shut down");
        }
        return () -> {
            long remaining = timeout.toNanos() - (System.nanoTime() - start);
            try {
                probe.get(Math.max(0, remaining), TimeUnit.NANOSECONDS);
                return new Outcome(true, (System.nanoTime() - start) / 1_000_000 + " ms");
            } catch (TimeoutException e) {
                probe.cancel(true);
                return new Outcome(false, "no answer within " + timeout.toMillis() + " ms");
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                String state = SqlFailures.sqlState(cause);
                if (availability != null && SqlFailures.connectionLost(cause)) {
                    availability.markDown(cause);
                }
                return new Outcome(false, SqlFailures.retryable(cause)
                        ? "unreachable" + (state == null ? "" : " (SQLSTATE " + state + ")")
                        : "SELECT 1 failed" + (state == null ? "" : " (SQLSTATE " + state + ")"));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Outcome(false, "health check interrupted");
            } catch (RuntimeException e) {
                return new Outcome(false, "health check failed");
            }
        };
    }

    private Void selectOne(DataSource dataSource) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout((int) Math.max(1, timeout.toSeconds()));
            try (ResultSet rs = statement.executeQuery("SELECT 1")) {
                if (!rs.next() || rs.getInt(1) != 1) {
                    throw new IllegalStateException("SELECT 1 did not answer 1");
                }
            }
        }
        return null;
    }

    private static DependencyHealth down(String detail) {
        return new DependencyHealth(NAME, DependencyState.DOWN, detail);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
