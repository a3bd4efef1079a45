package dev.hearth.adapter.out.redis.internal;

import dev.hearth.application.port.out.ratelimit.ConsumeQuotaPort;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import redis.clients.jedis.UnifiedJedis;

/**
 * {@link ConsumeQuotaPort} on Redis, shared by every Hearth instance (ADR 0027): a generic cell rate algorithm (GCRA),
 * one key per quota holding its theoretical arrival time, every quota of a request checked and charged in one Lua
 * script, so the check and the charge are one atomic step on the server whatever the number of instances. The key
 * expires when the quota is full again. Any Redis failure (unreachable, timeout, open breaker) is answered by the
 * in-process adapter through {@link RedisFallback}: a request is never refused or failed because Redis is away.
 */
public final class RedisQuotaAdapter implements ConsumeQuotaPort {

    // KEYS: one per quota; ARGV[1]: now (epoch ms); ARGV[2i], ARGV[2i+1]: limit and window (ms) of quota i.
    // Returns {admitted, then per quota: remaining, reset ms, retry ms}. Mirrors InProcessQuotaAdapter.Gcra.
    private static final LuaScript GCRA = new LuaScript("""
            local now = tonumber(ARGV[1])
            local admitted = 1
            local tats = {}
            for i = 1, #KEYS do
              local limit = tonumber(ARGV[2 * i])
              local window = tonumber(ARGV[2 * i + 1])
              local tat = now
              local stored = redis.call('GET', KEYS[i])
              if stored then tat = math.max(tonumber(stored), now) end
              tats[i] = tat
              if tat + window / limit - now > window + 0.001 then admitted = 0 end
            end
            local out = {admitted}
            for i = 1, #KEYS do
              local limit = tonumber(ARGV[2 * i])
              local window = tonumber(ARGV[2 * i + 1])
              local interval = window / limit
              local tat = tats[i]
              local retry = 0
              if admitted == 1 then
                tat = tat + interval
                redis.call('SET', KEYS[i], string.format('%.3f', tat), 'PX', math.max(1, math.ceil(tat - now)))
              else
                retry = math.max(0, math.ceil(tat + interval - window - now))
              end
              out[#out + 1] = math.max(0, math.floor((window - (tat - now)) / interval + 0.000001))
              out[#out + 1] = math.ceil(tat - now)
              out[#out + 1] = retry
            end
            return out
            """);

    private final UnifiedJedis client;
    private final String prefix;
    private final RedisFallback fallback;
    private final InProcessQuotaAdapter local;

    public RedisQuotaAdapter(UnifiedJedis client, String prefix, RedisFallback fallback, InProcessQuotaAdapter local) {
        this.client = Objects.requireNonNull(client, "client");
        this.prefix = Objects.requireNonNull(prefix, "prefix") + "rl:";
        this.fallback = Objects.requireNonNull(fallback, "fallback");
        this.local = Objects.requireNonNull(local, "local");
    }

    @Override
    public Decision consume(List<Quota> quotas, Instant now) {
        if (quotas.isEmpty()) {
            return new Decision(true, List.of());
        }
        return fallback.call(() -> consumeInRedis(quotas, now), () -> local.consume(quotas, now));
    }

    /** The Redis path alone; throws when Redis fails (tests use it to see Redis's own answer). */
    Decision consumeInRedis(List<Quota> quotas, Instant now) {
        List<String> keys = new ArrayList<>(quotas.size());
        List<String> args = new ArrayList<>(1 + 2 * quotas.size());
        args.add(Long.toString(now.toEpochMilli()));
        for (Quota q : quotas) {
            keys.add(HashedKeys.of(prefix, q.key()));
            args.add(Integer.toString(q.limit()));
            args.add(Long.toString(q.window().toMillis()));
        }
        List<?> out = (List<?>) GCRA.run(client, keys, args);
        boolean admitted = ((Long) out.get(0)) == 1L;
        List<State> states = new ArrayList<>(quotas.size());
        for (int i = 0; i < quotas.size(); i++) {
            states.add(new State((Long) out.get(1 + 3 * i), Duration.ofMillis((Long) out.get(2 + 3 * i)),
                    Duration.ofMillis((Long) out.get(3 + 3 * i))));
        }
        return new Decision(admitted, states);
    }
}
