package dev.hearth.adapter.out.redis.internal;

import dev.hearth.application.port.out.health.CheckDependencyHealthPort;
import dev.hearth.application.port.out.health.DependencyHealth;
import dev.hearth.application.port.out.health.DependencyState;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import redis.clients.jedis.UnifiedJedis;

/**
 * Readiness of Redis. Redis is optional, so this check is never required: with a client it sends {@code PING} within
 * a timeout (UP or DOWN); without one it reports DEGRADED with the in-process fallback named. Never throws; the
 * detail never names the host or credentials.
 */
public final class RedisHealthCheck implements CheckDependencyHealthPort, AutoCloseable {

    /** Name shown in readiness. */
    public static final String NAME = "redis";
    /** Detail while the in-process fallbacks serve. */
    public static final String FALLBACK_DETAIL = "in-process fallback: REDIS_URL not set";

    private final UnifiedJedis client;
    private final Duration timeout;
    private final ExecutorService executor;

    private RedisHealthCheck(UnifiedJedis client, Duration timeout) {
        this.client = client;
        this.timeout = timeout;
        this.executor = client == null ? null : Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "redis-health");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** A check that pings this client. */
    public static RedisHealthCheck pinging(UnifiedJedis client, Duration timeout) {
        return new RedisHealthCheck(Objects.requireNonNull(client, "client"), Objects.requireNonNull(timeout));
    }

    /** A check that reports the in-process fallback. */
    public static RedisHealthCheck fallback() {
        return new RedisHealthCheck(null, Duration.ZERO);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean required() {
        return false;
    }

    @Override
    public DependencyHealth check() {
        if (client == null) {
            return new DependencyHealth(NAME, DependencyState.DEGRADED, FALLBACK_DETAIL);
        }
        long start = System.nanoTime();
        Future<String> ping;
        try {
            ping = executor.submit(client::ping);
        } catch (RuntimeException e) {
            return down("health check is shut down");
        }
        try {
            String answer = ping.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!"PONG".equals(answer)) {
                return down("unexpected answer to PING");
            }
            return new DependencyHealth(NAME, DependencyState.UP,
                    "PING answered in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        } catch (TimeoutException e) {
            ping.cancel(true);
            return down("no answer within " + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            return down(JedisFailures.translate(e.getCause() instanceof RuntimeException r ? r
                    : new RuntimeException(e.getCause())).errorCode()
                    == dev.hearth.application.error.ErrorCode.SERVICE_UNAVAILABLE ? "unreachable" : "PING failed");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return down("health check interrupted");
        } catch (RuntimeException e) {
            return down("health check failed");
        }
    }

    private static DependencyHealth down(String detail) {
        return new DependencyHealth(NAME, DependencyState.DOWN, detail);
    }

    @Override
    public void close() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
