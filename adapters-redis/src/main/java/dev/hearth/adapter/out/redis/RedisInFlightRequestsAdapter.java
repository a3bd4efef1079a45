package dev.hearth.adapter.out.redis;

import dev.hearth.adapter.out.redis.internal.InProcessKeyValueStore;
import dev.hearth.adapter.out.redis.internal.KeyValueStore;
import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.port.out.idempotency.HoldInFlightRequestsPort;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Idempotency keys in flight (ADR 0026), held in Redis with {@code SET NX PX} so every instance sees them, and
 * released by their holder only (compare-and-delete in one Lua script). When Redis cannot be reached the hold is taken
 * in this process instead, logged once per outage: a concurrent retry on another instance then gets past the hold,
 * but waits in PostgreSQL for the first request and replays its answer, so the fallback costs a 409, never a second
 * effect.
 */
public final class RedisInFlightRequestsAdapter implements HoldInFlightRequestsPort {

    private static final Logger LOG = LoggerFactory.getLogger(RedisInFlightRequestsAdapter.class);
    private static final String KEY = "idempotency:in-flight:";
    private static final String SHARED = "r:";
    private static final String LOCAL = "l:";

    private final KeyValueStore shared;
    private final KeyValueStore local;
    private final AtomicBoolean sharedUnavailable = new AtomicBoolean();

    RedisInFlightRequestsAdapter(KeyValueStore shared, Clock clock) {
        this.shared = Objects.requireNonNull(shared, "shared");
        this.local = new InProcessKeyValueStore(clock);
    }

    @Override
    public Optional<String> tryHold(String slot, Duration lease) {
        String token = UUID.randomUUID().toString();
        try {
            boolean held = shared.putIfAbsent(KEY + slot, token, lease);
            if (sharedUnavailable.getAndSet(false)) {
                LOG.info("Redis answers again: idempotency keys in flight are shared by every instance again");
            }
            return held ? Optional.of(SHARED + token) : Optional.empty();
        } catch (ApplicationException e) {
            if (!sharedUnavailable.getAndSet(true)) {
                LOG.warn("Redis unavailable: idempotency keys in flight are held in this process only until it "
                        + "answers again; PostgreSQL still keeps every key to one effect ({})", e.errorCode().code());
            }
            return local.putIfAbsent(KEY + slot, token, lease) ? Optional.of(LOCAL + token) : Optional.empty();
        }
    }

    @Override
    public void release(String slot, String token) {
        Objects.requireNonNull(token, "token");
        if (token.startsWith(LOCAL)) {
            local.deleteIfValue(KEY + slot, token.substring(LOCAL.length()));
            return;
        }
        try {
            shared.deleteIfValue(KEY + slot, token.substring(SHARED.length()));
        } catch (ApplicationException e) {
            // the hold expires on its own after its lease
            LOG.debug("could not release an idempotency hold in Redis; it expires by itself", e);
        }
    }
}
