package dev.hearth.adapter.out.redis.internal;

import dev.failsafe.CircuitBreaker;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The switch between Redis and the in-process fallback for the request limits, the throttles (ADR 0027) and the
 * idempotency holds (ADR 0026). Every call
 * tries Redis unless a Failsafe circuit breaker has opened after {@link #FAILURES_TO_OPEN} failures in a row; a failed
 * or skipped call is answered by the fallback instead, so Redis never causes an error answer. While open, one trial
 * call every {@link #RETRY_AFTER} finds out whether Redis is back. An outage is logged once when it starts (WARN) and
 * once when it ends (INFO), never per request. One instance serves every Redis-backed adapter of a process.
 */
public final class RedisFallback {

    /** Failures in a row that open the breaker. */
    public static final int FAILURES_TO_OPEN = 2;
    /** How long the breaker stays open before one call tries Redis again. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    private static final Logger LOG = LoggerFactory.getLogger(RedisFallback.class);

    private final CircuitBreaker<Object> breaker;
    private final AtomicBoolean outage = new AtomicBoolean();

    public RedisFallback() {
        this.breaker = CircuitBreaker.builder()
                .withFailureThreshold(FAILURES_TO_OPEN)
                .withSuccessThreshold(1)
                .withDelay(RETRY_AFTER)
                .onOpen(event -> {
                    if (outage.compareAndSet(false, true)) {
                        LOG.warn("Redis is unreachable: request limits, throttles and idempotency holds are kept per "
                                + "instance, in memory, until it answers again (readiness reports redis down)");
                    }
                })
                .onClose(event -> {
                    if (outage.compareAndSet(true, false)) {
                        LOG.info("Redis answers again: request limits, throttles and idempotency holds are shared "
                                + "again");
                    }
                })
                .build();
    }

    /** {@code redis} when the breaker lets it through and it succeeds; otherwise {@code local}. Never throws for Redis. */
    public <T> T call(Supplier<T> redis, Supplier<T> local) {
        if (!breaker.tryAcquirePermit()) {
            return local.get();
        }
        T result;
        try {
            result = redis.get();
        } catch (RuntimeException e) {
            breaker.recordFailure();
            LOG.debug("Redis call failed; answered in process", e);
            return local.get();
        }
        breaker.recordSuccess();
        return result;
    }

    /** As {@link #call(Supplier, Supplier)} for an action with no result. */
    public void run(Runnable redis, Runnable local) {
        call(() -> {
            redis.run();
            return null;
        }, () -> {
            local.run();
            return null;
        });
    }

    /** Whether the process is counting in memory because Redis failed (the breaker is not closed). */
    public boolean inOutage() {
        return !breaker.isClosed();
    }
}
