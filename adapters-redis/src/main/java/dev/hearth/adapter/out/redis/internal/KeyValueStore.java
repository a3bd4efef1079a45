package dev.hearth.adapter.out.redis.internal;

import java.time.Duration;
import java.util.Optional;

/**
 * The few expiring key-value operations Hearth's Redis-backed features are built from (idempotency keys, rate-limit
 * windows, short-lived caches). Two implementations obey one contract test: {@link RedisKeyValueStore} and
 * {@link InProcessKeyValueStore}, the fallback when no Redis is configured (correct for a single Hearth process only).
 * Failures surface as {@link dev.hearth.application.error.ApplicationException}.
 */
public interface KeyValueStore {

    /** Stores {@code value} under {@code key} for {@code ttl} unless the key is present; true when it was stored. */
    boolean putIfAbsent(String key, String value, Duration ttl);

    /** The live value under {@code key}, if any. */
    Optional<String> get(String key);

    /** Removes {@code key}; true when it was present. */
    boolean delete(String key);

    /** Removes {@code key} only while it holds {@code value} (a lease released by its holder); true when removed. */
    boolean deleteIfValue(String key, String value);

    /**
     * Adds one to the counter under {@code key} and returns the new count; a counter that did not exist starts at 1
     * and expires {@code window} after that first increment (a fixed rate-limit window).
     */
    long incrementInWindow(String key, Duration window);
}
