package dev.hearth.adapter.out.redis;

import dev.hearth.adapter.out.redis.internal.InProcessKeyValueStore;
import dev.hearth.adapter.out.redis.internal.KeyValueStore;
import dev.hearth.adapter.out.redis.internal.RedisFallback;
import dev.hearth.application.port.out.idempotency.HoldInFlightRequestsPort;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Idempotency keys in flight (ADR 0026), held in Redis with {@code SET NX PX} so every instance sees them, and
 * released by their holder only (compare-and-delete in one Lua script). When Redis cannot be reached (the shared
 * {@link RedisFallback} breaker, which also logs the outage once) the hold is taken in this process instead: a
 * concurrent retry on another instance then gets past the hold, but waits in PostgreSQL for the first request and
 * replays its answer, so the fallback costs a 409, never a second effect.
 */
public final class RedisInFlightRequestsAdapter implements HoldInFlightRequestsPort {

    private static final String KEY = "idempotency:in-flight:";
    private static final String SHARED = "r:";
    private static final String LOCAL = "l:";

    private final KeyValueStore shared;
    private final RedisFallback fallback;
    private final KeyValueStore local;

    /**
     * @param shared   the store every instance sees: Redis, or (no Redis configured) this process's memory
     * @param fallback the breaker in front of Redis; null when {@code shared} is in process already
     */
    RedisInFlightRequestsAdapter(KeyValueStore shared, RedisFallback fallback, Clock clock) {
        this.shared = Objects.requireNonNull(shared, "shared");
        this.fallback = fallback;
        this.local = new InProcessKeyValueStore(clock);
    }

    @Override
    public Optional<String> tryHold(String slot, Duration lease) {
        String token = UUID.randomUUID().toString();
        if (fallback == null) {
            return shared.putIfAbsent(KEY + slot, token, lease) ? Optional.of(SHARED + token) : Optional.empty();
        }
        String held = fallback.call(
                () -> shared.putIfAbsent(KEY + slot, token, lease) ? SHARED + token : "",
                () -> local.putIfAbsent(KEY + slot, token, lease) ? LOCAL + token : "");
        return held.isEmpty() ? Optional.empty() : Optional.of(held);
    }

    @Override
    public void release(String slot, String token) {
        Objects.requireNonNull(token, "token");
        if (token.startsWith(LOCAL)) {
            local.deleteIfValue(KEY + slot, token.substring(LOCAL.length()));
        } else if (fallback == null) {
            shared.deleteIfValue(KEY + slot, token.substring(SHARED.length()));
        } else {
            // while Redis is away the hold cannot be released: it expires by itself after its lease
            fallback.run(() -> shared.deleteIfValue(KEY + slot, token.substring(SHARED.length())), () -> { });
        }
    }
}
