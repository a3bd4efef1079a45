package dev.hearth.adapter.out.postgres.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether one PostgreSQL server (the primary, or the read replica) is known to be reachable.
 *
 * <p>It starts UP. {@link Database} calls {@link #markDown(Throwable)} when a call fails because the server could not
 * be reached ({@link SqlFailures#connectionLost(Throwable)}), and {@link #markUp()} when a call succeeds. While it is
 * DOWN, {@link Database} does not send work to that server at all (no wait for the pool's connection timeout), and a
 * background probe on one daemon thread tries the server at once and then every {@code probeInterval} (a fresh
 * connection and {@code SELECT 1}, bounded by its own timeouts); the first success marks it UP again. While it is UP
 * nothing is probed. No busy loops: the probe runs with a fixed delay between attempts and stops when the server is
 * back or this is closed.
 *
 * <p>Each change of state is logged once: WARN when it goes down (with the SQLSTATE or exception type only, never a
 * message that might quote a host, user or value), INFO when it comes back.
 *
 * <p>Time comes from outside: a {@link Clock} (when it went down, for how long) and a {@link ProbeScheduler} (when the
 * probe runs). Production uses the system clock and one daemon thread; tests pass a clock and a scheduler they move
 * by hand, so nothing depends on how fast the machine is.
 */
public final class ServerAvailability implements AutoCloseable {

    /** One attempt to reach the server; throws when it cannot. Must be bounded by its own timeouts. */
    @FunctionalInterface
    public interface Probe {
        void check() throws Exception;
    }

    /** Where the probe runs: at once, then again {@code delay} after each attempt ends, until cancelled. */
    public interface ProbeScheduler extends AutoCloseable {

        /** Runs {@code task} now and then with {@code delay} between the end of one run and the start of the next. */
        Repeating repeat(Runnable task, Duration delay);

        /** Stops every task for good (a running one is interrupted). */
        @Override
        void close();
    }

    /** A task scheduled by {@link ProbeScheduler#repeat}. */
    @FunctionalInterface
    public interface Repeating {
        /** No further run starts; with {@code interrupt}, a run in progress is interrupted. */
        void cancel(boolean interrupt);
    }

    private static final Logger LOG = LoggerFactory.getLogger(ServerAvailability.class);

    private final String role;
    private final Probe probe;
    private final Duration probeInterval;
    private final Clock clock;
    private final ProbeScheduler scheduler;
    private final Object lock = new Object();
    private volatile boolean up = true;
    private volatile Instant downSince;
    private Repeating probing;
    private boolean closed;

    /**
     * On the system clock, probing on a daemon thread of its own ({@code postgres-<role>-probe}).
     *
     * @param role          a short safe name used in logs and details, e.g. {@code "primary"}, {@code "replica"}
     * @param probe         how to try the server while it is down
     * @param probeInterval delay between failed probes
     */
    public ServerAvailability(String role, Probe probe, Duration probeInterval) {
        this(role, probe, probeInterval, Clock.systemUTC(), daemonThread("postgres-" + role + "-probe"));
    }

    /**
     * @param clock     tells when the server went down and for how long it was away
     * @param scheduler runs the probe; closed by {@link #close()}
     */
    public ServerAvailability(String role, Probe probe, Duration probeInterval, Clock clock,
                              ProbeScheduler scheduler) {
        this.role = Objects.requireNonNull(role, "role");
        this.probe = Objects.requireNonNull(probe, "probe");
        this.probeInterval = Objects.requireNonNull(probeInterval, "probeInterval");
        if (probeInterval.isNegative() || probeInterval.isZero()) {
            throw new IllegalArgumentException("probeInterval must be positive");
        }
        this.clock = Objects.requireNonNull(clock, "clock");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    }

    /** A {@link ProbeScheduler} on one daemon thread named {@code threadName}, created now. */
    public static ProbeScheduler daemonThread(String threadName) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
        return new ProbeScheduler() {
            @Override
            public Repeating repeat(Runnable task, Duration delay) {
                ScheduledFuture<?> future = executor.scheduleWithFixedDelay(task, 0, delay.toMillis(),
                        TimeUnit.MILLISECONDS);
                return future::cancel;
            }

            @Override
            public void close() {
                executor.shutdownNow();
            }
        };
    }

    /** Whether the server is believed reachable. */
    public boolean isUp() {
        return up;
    }

    /** When it was marked down, or null while it is up. */
    public Instant downSince() {
        return downSince;
    }

    /** The role given at construction ({@code primary} or {@code replica}). */
    public String role() {
        return role;
    }

    /**
     * Records that the server could not be reached. The first call after UP logs a warning and starts the probe; later
     * calls while DOWN do nothing.
     */
    public void markDown(Throwable cause) {
        synchronized (lock) {
            if (!up || closed) {
                return;
            }
            up = false;
            downSince = clock.instant();
            String state = SqlFailures.sqlState(cause);
            LOG.warn("PostgreSQL {} unreachable ({}): {}; probing every {} ms until it answers", role,
                    state != null ? "SQLSTATE " + state : cause == null ? "no cause" : cause.getClass().getSimpleName(),
                    "primary".equals(role) ? "writes paused" : "reads go to the primary",
                    probeInterval.toMillis());
            probing = scheduler.repeat(this::probeOnce, probeInterval);
        }
    }

    /** Records that the server answered. The first call after DOWN logs that it recovered and stops the probe. */
    public void markUp() {
        if (up) {
            return; // the common case: one volatile read
        }
        synchronized (lock) {
            if (up) {
                return;
            }
            up = true;
            Instant since = downSince;
            downSince = null;
            if (probing != null) {
                probing.cancel(false);
                probing = null;
            }
            LOG.info("PostgreSQL {} reachable again after {} s{}", role,
                    since == null ? 0 : Duration.between(since, clock.instant()).toSeconds(),
                    "primary".equals(role) ? ": writes resumed" : ": reads back on the replica");
        }
    }

    private void probeOnce() {
        try {
            probe.check();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (Exception e) {
            LOG.debug("PostgreSQL {} probe failed: {}", role, SqlFailures.sqlState(e));
            return;
        }
        markUp();
    }

    /** Stops the probe thread. The state stays as it was. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            if (probing != null) {
                probing.cancel(true);
                probing = null;
            }
        }
        scheduler.close();
    }
}
