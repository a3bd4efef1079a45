package dev.hearth.adapter.out.redis.internal;

import dev.hearth.application.port.out.identity.BackoffRule;
import dev.hearth.application.port.out.identity.ThrottleAttemptsPort;
import dev.hearth.application.port.out.identity.ThrottleRule;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import redis.clients.jedis.UnifiedJedis;

/**
 * {@link ThrottleAttemptsPort} on Redis, shared by every Hearth instance (ADR 0027): the login back-off, the
 * registration cap and the audit allowances for refused credentials count the same failures whichever instance saw
 * them. The same semantics as {@link InProcessThrottleAdapter}, which answers through {@link RedisFallback} whenever
 * Redis cannot: a sliding window is a sorted set of failure times (trimmed, expiring with the window); a back-off
 * streak is a hash of its count and latest failure (expiring after {@link BackoffRule#forgetAfter()}). Each change is
 * one Lua script, so concurrent failures on several instances are all counted. Keys hold only a digest of the
 * caller's key (an address or a blind index).
 */
public final class RedisThrottleAdapter implements ThrottleAttemptsPort {

    // KEYS[1]: the window's sorted set; ARGV: now ms, window ms, keep (most entries kept), member
    private static final LuaScript RECORD_IN_WINDOW = new LuaScript("""
            local now = tonumber(ARGV[1])
            local window = tonumber(ARGV[2])
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
            redis.call('ZADD', KEYS[1], now, ARGV[4])
            redis.call('ZREMRANGEBYRANK', KEYS[1], 0, -(tonumber(ARGV[3]) + 1))
            redis.call('PEXPIRE', KEYS[1], window)
            return 1
            """);
    // KEYS[1]: the window's sorted set; ARGV: now ms, window ms, limit. Returns the wait in ms, 0 when free.
    private static final LuaScript WAIT_IN_WINDOW = new LuaScript("""
            local now = tonumber(ARGV[1])
            local window = tonumber(ARGV[2])
            local limit = tonumber(ARGV[3])
            local times = redis.call('ZRANGEBYSCORE', KEYS[1], '(' .. (now - window), '+inf', 'WITHSCORES')
            local count = #times / 2
            if count < limit then return 0 end
            local oldest_counting = tonumber(times[2 * (count - limit) + 2])
            return math.max(0, oldest_counting + window - now)
            """);
    // KEYS[1]: the streak's hash; ARGV: now ms, forgetAfter ms
    private static final LuaScript RECORD_STREAK = new LuaScript("""
            local now = tonumber(ARGV[1])
            local forget = tonumber(ARGV[2])
            local streak = redis.call('HMGET', KEYS[1], 'failures', 'latest')
            local failures = 1
            if streak[1] and now < tonumber(streak[2]) + forget then failures = tonumber(streak[1]) + 1 end
            redis.call('HSET', KEYS[1], 'failures', failures, 'latest', now)
            redis.call('PEXPIRE', KEYS[1], forget)
            return failures
            """);

    private final UnifiedJedis client;
    private final String prefix;
    private final RedisFallback fallback;
    private final InProcessThrottleAdapter local;

    public RedisThrottleAdapter(UnifiedJedis client, String prefix, RedisFallback fallback,
                                InProcessThrottleAdapter local) {
        this.client = Objects.requireNonNull(client, "client");
        this.prefix = Objects.requireNonNull(prefix, "prefix") + "throttle:";
        this.fallback = Objects.requireNonNull(fallback, "fallback");
        this.local = Objects.requireNonNull(local, "local");
    }

    private String key(String ruleName, String key) {
        return HashedKeys.of(prefix + ruleName + ":", key);
    }

    @Override
    public Optional<Duration> blockedFor(ThrottleRule rule, String key, Instant now) {
        return fallback.call(() -> {
            long wait = (Long) WAIT_IN_WINDOW.run(client, List.of(key(rule.name(), key)), List.of(
                    Long.toString(now.toEpochMilli()), Long.toString(rule.window().toMillis()),
                    Integer.toString(rule.limit())));
            return wait > 0 ? Optional.of(Duration.ofMillis(wait)) : Optional.<Duration>empty();
        }, () -> local.blockedFor(rule, key, now));
    }

    @Override
    public void recordFailure(ThrottleRule rule, String key, Instant now) {
        String member = now.toEpochMilli() + ":" + Long.toHexString(ThreadLocalRandom.current().nextLong());
        fallback.run(() -> RECORD_IN_WINDOW.run(client, List.of(key(rule.name(), key)), List.of(
                        Long.toString(now.toEpochMilli()), Long.toString(rule.window().toMillis()),
                        Integer.toString(rule.limit() * 2), member)),
                () -> local.recordFailure(rule, key, now));
    }

    @Override
    public void reset(ThrottleRule rule, String key) {
        fallback.run(() -> client.del(key(rule.name(), key)), () -> local.reset(rule, key));
    }

    @Override
    public Optional<Duration> blockedFor(BackoffRule rule, String key, Instant now) {
        return fallback.call(() -> {
            List<String> streak = client.hmget(key(rule.name(), key), "failures", "latest");
            if (streak.get(0) == null || streak.get(1) == null) {
                return Optional.<Duration>empty();
            }
            Instant latest = Instant.ofEpochMilli(Long.parseLong(streak.get(1)));
            if (!now.isBefore(latest.plus(rule.forgetAfter()))) {
                return Optional.<Duration>empty();
            }
            Duration wait = Duration.between(now, latest.plus(rule.waitAfter(Integer.parseInt(streak.get(0)))));
            return wait.isNegative() || wait.isZero() ? Optional.<Duration>empty() : Optional.of(wait);
        }, () -> local.blockedFor(rule, key, now));
    }

    @Override
    public void recordFailure(BackoffRule rule, String key, Instant now) {
        fallback.run(() -> RECORD_STREAK.run(client, List.of(key(rule.name(), key)), List.of(
                        Long.toString(now.toEpochMilli()), Long.toString(rule.forgetAfter().toMillis()))),
                () -> local.recordFailure(rule, key, now));
    }

    @Override
    public void reset(BackoffRule rule, String key) {
        fallback.run(() -> client.del(key(rule.name(), key)), () -> local.reset(rule, key));
    }
}
