package dev.hearth.adapter.out.redis.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The fallback {@link KeyValueStore} when no Redis is configured: a map in this process with expiry. It is correct
 * for one Hearth process only (several processes would each keep their own counts) and forgets everything on
 * restart, which is why readiness reports Redis as DEGRADED while it is in use. Expired entries are dropped when
 * touched and swept every so many writes, so memory stays bounded by live keys.
 */
public final class InProcessKeyValueStore implements KeyValueStore {

    private static final int SWEEP_EVERY = 1_024;

    private record Entry(String value, Instant expiresAt) {
        boolean liveAt(Instant now) {
            return now.isBefore(expiresAt);
        }
    }

    private final ConcurrentMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;
    private int writesSinceSweep;

    /** @param clock the time source (tests pass a controllable one) */
    public InProcessKeyValueStore(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public boolean putIfAbsent(String key, String value, Duration ttl) {
        requirePositive(ttl);
        Objects.requireNonNull(value, "value");
        Instant now = clock.instant();
        AtomicBoolean stored = new AtomicBoolean();
        entries.compute(key, (k, existing) -> {
            if (existing != null && existing.liveAt(now)) {
                return existing;
            }
            stored.set(true);
            return new Entry(value, now.plus(ttl));
        });
        maybeSweep(now);
        return stored.get();
    }

    @Override
    public Optional<String> get(String key) {
        Instant now = clock.instant();
        Entry entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (!entry.liveAt(now)) {
            entries.remove(key, entry);
            return Optional.empty();
        }
        return Optional.of(entry.value());
    }

    @Override
    public boolean delete(String key) {
        Entry removed = entries.remove(key);
        return removed != null && removed.liveAt(clock.instant());
    }

    @Override
    public boolean deleteIfValue(String key, String value) {
        Objects.requireNonNull(value, "value");
        Entry entry = entries.get(key);
        return entry != null && entry.value().equals(value) && entries.remove(key, entry)
                && entry.liveAt(clock.instant());
    }

    @Override
    public long incrementInWindow(String key, Duration window) {
        requirePositive(window);
        Instant now = clock.instant();
        Entry updated = entries.compute(key, (k, existing) -> {
            if (existing == null || !existing.liveAt(now)) {
                return new Entry("1", now.plus(window));
            }
            return new Entry(Long.toString(Math.addExact(Long.parseLong(existing.value()), 1)), existing.expiresAt());
        });
        maybeSweep(now);
        return Long.parseLong(updated.value());
    }

    private synchronized void maybeSweep(Instant now) {
        if (++writesSinceSweep >= SWEEP_EVERY) {
            writesSinceSweep = 0;
            entries.entrySet().removeIf(e -> !e.getValue().liveAt(now));
        }
    }

    private static void requirePositive(Duration ttl) {
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("time to live must be positive");
        }
    }
}
