package dev.hearth.adapter.out.redis;

import dev.hearth.application.port.out.health.CheckDependencyHealthPort;

/**
 * The one public entry to Hearth's Redis adapters. Bootstrap calls {@link #start(RedisSettings)} once, takes the
 * ports it needs and closes this at shutdown. With no URL every Redis-backed capability is served by an in-process
 * fallback, and {@link #health()} says so (DEGRADED). No Jedis type appears in this API.
 */
public final class RedisAdapters implements AutoCloseable {

    private RedisAdapters() {
    }

    /** Connects to Redis, or with no URL sets up the in-process fallbacks. Never fails because Redis is down. */
    public static RedisAdapters start(RedisSettings settings) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Readiness check named {@code redis}, not required: UP, DOWN, or DEGRADED for the in-process fallback. */
    public CheckDependencyHealthPort health() {
        throw new UnsupportedOperationException("not yet");
    }

    /** Whether the in-process fallbacks are in use. */
    public boolean inProcess() {
        throw new UnsupportedOperationException("not yet");
    }

    /** Closes the Redis client. Safe to call twice. */
    @Override
    public void close() {
    }
}
