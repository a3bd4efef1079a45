package dev.hearth.application.port.out.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Counts failed attempts per key (an account's blind index, a client address) under a {@link ThrottleRule} (a sliding
 * window) or a {@link BackoffRule} (consecutive failures, exponential wait). Keys must
 * not be personal data in clear: pass a blind index, not an e-mail address. Shared by every Hearth instance through
 * Redis, in-process without Redis or while it is away (ADR 0027); implementations never throw because their store is
 * unreachable.
 */
public interface ThrottleAttemptsPort {

    /** How long the key must still wait under {@code rule} at {@code now}, or empty when it may try. */
    Optional<Duration> blockedFor(ThrottleRule rule, String key, Instant now);

    /** Counts one failure for the key. */
    void recordFailure(ThrottleRule rule, String key, Instant now);

    /** Forgets the key's failures (after a success). */
    void reset(ThrottleRule rule, String key);

    /**
     * How long the key must still wait under the back-off {@code rule} at {@code now}: {@link
     * BackoffRule#waitAfter(int)} its consecutive failures, counted from the latest; empty when it may try.
     */
    Optional<Duration> blockedFor(BackoffRule rule, String key, Instant now);

    /** Counts one more consecutive failure for the key under the back-off {@code rule}. */
    void recordFailure(BackoffRule rule, String key, Instant now);

    /** Forgets the key's consecutive failures under the back-off {@code rule} (after a success). */
    void reset(BackoffRule rule, String key);
}
