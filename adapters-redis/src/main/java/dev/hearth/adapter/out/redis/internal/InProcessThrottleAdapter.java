package dev.hearth.adapter.out.redis.internal;

import dev.hearth.application.port.out.identity.BackoffRule;
import dev.hearth.application.port.out.identity.ThrottleAttemptsPort;
import dev.hearth.application.port.out.identity.ThrottleRule;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sliding-window failure counts and back-off streaks in this process's memory. Right for one instance; with
 * several, each counts its own (an attacker spread over n instances gets n times the attempts), which is why it only
 * serves when no Redis is configured or while Redis is away: {@link RedisThrottleAdapter} shares the counts (ADR 0018,
 * ADR 0027). Memory is bounded: at most {@link #MAX_KEYS} keys; past that, keys whose failures have all aged out are
 * dropped, and if none has, the new key is not tracked (the per-address rule still applies). Back-off streaks are
 * bounded the same way, dropping those older than their rule's {@link BackoffRule#forgetAfter()}.
 */
public final class InProcessThrottleAdapter implements ThrottleAttemptsPort {

    /** Most keys tracked at once. */
    public static final int MAX_KEYS = 100_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Map<String, Streak> streaks = new ConcurrentHashMap<>();

    /** Consecutive failures of one key and when the latest was. */
    private record Streak(int failures, Instant latest) {
    }

    @Override
    public Optional<Duration> blockedFor(ThrottleRule rule, String key, Instant now) {
        Deque<Instant> times = failures.get(id(rule, key));
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            prune(times, rule, now);
            if (times.size() < rule.limit()) {
                return Optional.empty();
            }
            // blocked until enough of the oldest failures have left the window
            Instant oldestCounting = times.stream().skip(times.size() - rule.limit()).findFirst().orElseThrow();
            Duration wait = Duration.between(now, oldestCounting.plus(rule.window()));
            return wait.isNegative() || wait.isZero() ? Optional.empty() : Optional.of(wait);
        }
    }

    @Override
    public void recordFailure(ThrottleRule rule, String key, Instant now) {
        String id = id(rule, key);
        if (!failures.containsKey(id) && failures.size() >= MAX_KEYS) {
            evictAged(now, rule.window());
            if (failures.size() >= MAX_KEYS) {
                return;
            }
        }
        Deque<Instant> times = failures.computeIfAbsent(id, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, rule, now);
            times.addLast(now);
            while (times.size() > rule.limit() * 2) {
                times.removeFirst();
            }
        }
    }

    @Override
    public void reset(ThrottleRule rule, String key) {
        failures.remove(id(rule, key));
    }

    private static String id(ThrottleRule rule, String key) {
        return rule.name() + "|" + key;
    }

    private static void prune(Deque<Instant> times, ThrottleRule rule, Instant now) {
        Instant cutoff = now.minus(rule.window());
        while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
            times.removeFirst();
        }
    }

    private void evictAged(Instant now, Duration window) {
        Instant cutoff = now.minus(window);
        for (Iterator<Map.Entry<String, Deque<Instant>>> it = failures.entrySet().iterator(); it.hasNext(); ) {
            Deque<Instant> times = it.next().getValue();
            synchronized (times) {
                if (times.isEmpty() || !times.peekLast().isAfter(cutoff)) {
                    it.remove();
                }
            }
        }
    }

    @Override
    public Optional<Duration> blockedFor(BackoffRule rule, String key, Instant now) {
        Streak streak = streaks.get(rule.name() + "|" + key);
        if (streak == null || !now.isBefore(streak.latest().plus(rule.forgetAfter()))) {
            return Optional.empty();
        }
        Duration wait = Duration.between(now, streak.latest().plus(rule.waitAfter(streak.failures())));
        return wait.isNegative() || wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    @Override
    public void recordFailure(BackoffRule rule, String key, Instant now) {
        String id = rule.name() + "|" + key;
        if (!streaks.containsKey(id) && streaks.size() >= MAX_KEYS) {
            Instant cutoff = now.minus(rule.forgetAfter());
            streaks.values().removeIf(streak -> !streak.latest().isAfter(cutoff));
            if (streaks.size() >= MAX_KEYS) {
                return;
            }
        }
        streaks.compute(id, (k, streak) -> streak == null || !now.isBefore(streak.latest().plus(rule.forgetAfter()))
                ? new Streak(1, now) : new Streak(streak.failures() + 1, now));
    }

    @Override
    public void reset(BackoffRule rule, String key) {
        streaks.remove(rule.name() + "|" + key);
    }
}
