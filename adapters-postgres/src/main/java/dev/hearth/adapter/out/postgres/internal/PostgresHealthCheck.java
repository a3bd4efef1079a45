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
 * Readiness of the primary database: borrows a pooled connection and runs {@code SELECT 1}, all within a timeout, on
 * its own daemon thread so a hung server cannot hang readiness. Never throws; the detail never contains a host name,
 * user or server message, only what happened and the SQLSTATE.
 */
public final class PostgresHealthCheck implements CheckDependencyHealthPort, AutoCloseable {

    /** Name shown in readiness. */
    public static final String NAME = "postgres";

    private final DataSource dataSource;
    private final Duration timeout;
    private final String mode;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "postgres-health");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param mode a short safe phrase appended to the UP detail, e.g. {@code "embedded development server"}
     */
    public PostgresHealthCheck(DataSource dataSource, Duration timeout, String mode) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
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
        long start = System.nanoTime();
        Future<?> probe;
        try {
            probe = executor.submit(this::selectOne);
        } catch (RuntimeException e) {
            return down("health check is shut down");
        }
        try {
            probe.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            long millis = (System.nanoTime() - start) / 1_000_000;
            return new DependencyHealth(NAME, DependencyState.UP, mode + ", SELECT 1 answered in " + millis + " ms");
        } catch (TimeoutException e) {
            probe.cancel(true);
            return down("no answer within " + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            String state = SqlFailures.sqlState(e.getCause());
            return down(SqlFailures.retryable(e.getCause())
                    ? "unreachable" + (state == null ? "" : " (SQLSTATE " + state + ")")
                    : "SELECT 1 failed" + (state == null ? "" : " (SQLSTATE " + state + ")"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return down("health check interrupted");
        } catch (RuntimeException e) {
            return down("health check failed");
        }
    }

    private Void selectOne() throws Exception {
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
