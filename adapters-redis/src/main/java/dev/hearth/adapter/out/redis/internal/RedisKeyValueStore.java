package dev.hearth.adapter.out.redis.internal;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/**
 * {@link KeyValueStore} on Redis. Every key is namespaced with a prefix (e.g. {@code hearth:}) so Hearth can share a
 * Redis with others. The rate-limit increment and its expiry happen atomically in one Lua script.
 */
public final class RedisKeyValueStore implements KeyValueStore {

    private static final String INCREMENT_IN_WINDOW = """
            local count = redis.call('INCR', KEYS[1])
            if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
            return count
            """;

    private static final String DELETE_IF_VALUE = """
            if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
            return 0
            """;

    private final UnifiedJedis client;
    private final String prefix;

    public RedisKeyValueStore(UnifiedJedis client, String prefix) {
        this.client = Objects.requireNonNull(client, "client");
        this.prefix = Objects.requireNonNull(prefix, "prefix");
    }

    @Override
    public boolean putIfAbsent(String key, String value, Duration ttl) {
        requirePositive(ttl);
        return call(() -> "OK".equals(client.set(prefix + key, value, SetParams.setParams().nx().px(ttl.toMillis()))));
    }

    @Override
    public Optional<String> get(String key) {
        return call(() -> Optional.ofNullable(client.get(prefix + key)));
    }

    @Override
    public boolean delete(String key) {
        return call(() -> client.del(prefix + key) > 0);
    }

    @Override
    public boolean deleteIfValue(String key, String value) {
        Objects.requireNonNull(value, "value");
        return call(() -> ((Long) client.eval(DELETE_IF_VALUE, List.of(prefix + key), List.of(value))) > 0);
    }

    @Override
    public long incrementInWindow(String key, Duration window) {
        requirePositive(window);
        return call(() -> (Long) client.eval(INCREMENT_IN_WINDOW, List.of(prefix + key),
                List.of(Long.toString(window.toMillis()))));
    }

    private static <T> T call(Supplier<T> operation) {
        try {
            return operation.get();
        } catch (RuntimeException e) {
            throw JedisFailures.translate(e);
        }
    }

    private static void requirePositive(Duration ttl) {
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("time to live must be positive");
        }
    }
}
