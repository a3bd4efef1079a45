package dev.hearth.adapter.out.redis;

import dev.hearth.adapter.out.redis.internal.InProcessKeyValueStore;
import dev.hearth.adapter.out.redis.internal.InProcessQuotaAdapter;
import dev.hearth.adapter.out.redis.internal.InProcessThrottleAdapter;
import dev.hearth.adapter.out.redis.internal.KeyValueStore;
import dev.hearth.adapter.out.redis.internal.RedisConnections;
import dev.hearth.adapter.out.redis.internal.RedisFallback;
import dev.hearth.adapter.out.redis.internal.RedisHealthCheck;
import dev.hearth.adapter.out.redis.internal.RedisKeyValueStore;
import dev.hearth.adapter.out.redis.internal.RedisQuotaAdapter;
import dev.hearth.adapter.out.redis.internal.RedisThrottleAdapter;
import dev.hearth.application.port.out.health.CheckDependencyHealthPort;
import dev.hearth.application.port.out.identity.ThrottleAttemptsPort;
import dev.hearth.application.port.out.ratelimit.ConsumeQuotaPort;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.UnifiedJedis;

/**
 * The one public entry to Hearth's Redis adapters. Bootstrap calls {@link #start(RedisSettings)} once, takes the
 * ports it needs and closes this at shutdown.
 *
 * <pre>{@code
 * try (RedisAdapters redis = RedisAdapters.start(new RedisSettings(env.get("REDIS_URL")))) {
 *     readiness.add(redis.health());
 * }
 * }</pre>
 *
 * <p>With a URL it holds one Jedis 8 client (a pooled {@code RedisClient}, or a {@code RedisSentinelClient} for a
 * {@code redis-sentinel://} URL; Jedis 8 has no {@code JedisPooled}) and {@link #health()} pings it: UP or DOWN, never required, because every Redis-backed feature has an in-process
 * fallback. With no URL those fallbacks serve and {@link #health()} reports DEGRADED with the detail
 * {@value RedisHealthCheck#FALLBACK_DETAIL}. Starting never fails because Redis is down: the client connects lazily
 * and recovers by itself. No Jedis type appears in this API.
 *
 * <p>The request limits ({@link #quotas()}) and the throttles ({@link #throttle()}) use a second, small client with
 * {@link #LIMITS_TIMEOUT}: they run on every request, so a dead Redis must cost them milliseconds, not seconds. Behind
 * a circuit breaker they fall back to in-process counting while Redis is away (ADR 0027).
 */
public final class RedisAdapters implements AutoCloseable {

    /** How long a readiness check may take before it reports DOWN. */
    public static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(2);
    /** Connect and read timeout of every Redis command. */
    public static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(2);
    /**
     * Connect and read timeout of the request limits' and throttles' commands: a Redis round trip takes well under a
     * millisecond on a healthy network, and a request must not wait long on a Redis that does not answer.
     */
    public static final Duration LIMITS_TIMEOUT = Duration.ofMillis(250);
    /** Prefix of every key Hearth writes, so a Redis can be shared. */
    public static final String KEY_PREFIX = "hearth:";

    private static final Logger LOG = LoggerFactory.getLogger(RedisAdapters.class);

    private final UnifiedJedis client;
    private final KeyValueStore keyValueStore;
    private final RedisHealthCheck health;
    private final RedisInFlightRequestsAdapter inFlightRequests;
    private final UnifiedJedis limitsClient;
    private final ConsumeQuotaPort quotas;
    private final ThrottleAttemptsPort throttle;
    private final AtomicBoolean closed = new AtomicBoolean();

    private RedisAdapters(UnifiedJedis client, KeyValueStore keyValueStore, RedisHealthCheck health,
                          UnifiedJedis limitsClient, ConsumeQuotaPort quotas, ThrottleAttemptsPort throttle,
                          RedisInFlightRequestsAdapter inFlightRequests) {
        this.client = client;
        this.keyValueStore = keyValueStore;
        this.health = health;
        this.inFlightRequests = inFlightRequests;
        this.limitsClient = limitsClient;
        this.quotas = quotas;
        this.throttle = throttle;
    }

    /** Connects to Redis, or with no URL sets up the in-process fallbacks. Never fails because Redis is down. */
    public static RedisAdapters start(RedisSettings settings) {
        Objects.requireNonNull(settings, "settings");
        if (settings.isInProcess()) {
            LOG.warn("Redis: REDIS_URL not set, using in-process fallbacks (correct for a single Hearth process only;"
                    + " readiness reports redis as degraded)");
            InProcessKeyValueStore store = new InProcessKeyValueStore(Clock.systemUTC());
            return new RedisAdapters(null, store, RedisHealthCheck.fallback(), null, new InProcessQuotaAdapter(),
                    new InProcessThrottleAdapter(), new RedisInFlightRequestsAdapter(store, null, Clock.systemUTC()));
        }
        UnifiedJedis client = RedisConnections.open(settings.url(), settings.caCertificate(), COMMAND_TIMEOUT,
                "hearth", 16);
        UnifiedJedis limitsClient;
        try {
            limitsClient = RedisConnections.open(settings.url(), settings.caCertificate(), LIMITS_TIMEOUT,
                    "hearth-limits", 32);
        } catch (RuntimeException e) {
            client.close();
            throw e;
        }
        RedisFallback fallback = new RedisFallback();
        LOG.info("Redis: {}", settings);
        return new RedisAdapters(client, new RedisKeyValueStore(client, KEY_PREFIX),
                RedisHealthCheck.pinging(client, HEALTH_TIMEOUT), limitsClient,
                new RedisQuotaAdapter(limitsClient, KEY_PREFIX, fallback, new InProcessQuotaAdapter()),
                new RedisThrottleAdapter(limitsClient, KEY_PREFIX, fallback, new InProcessThrottleAdapter()),
                // a request waits on its idempotency hold: the fast client, behind the same breaker (ADR 0026)
                new RedisInFlightRequestsAdapter(new RedisKeyValueStore(limitsClient, KEY_PREFIX), fallback,
                        Clock.systemUTC()));
    }

    /**
     * {@code ConsumeQuotaPort}: the request limits' quotas, shared through Redis (in-process without a URL, and while
     * Redis is away).
     */
    public ConsumeQuotaPort quotas() {
        return quotas;
    }

    /**
     * {@code ThrottleAttemptsPort}: the login back-off, the registration cap and the audit allowances of refused
     * credentials, shared through Redis (in-process without a URL, and while Redis is away).
     */
    public ThrottleAttemptsPort throttle() {
        return throttle;
    }

    /** A {@code ThrottleAttemptsPort} in this process's memory only, for wiring that runs without Redis (tests). */
    public static ThrottleAttemptsPort inProcessThrottle() {
        return new InProcessThrottleAdapter();
    }

    /** Readiness check named {@code redis}, not required: UP, DOWN, or DEGRADED for the in-process fallback. */
    public CheckDependencyHealthPort health() {
        return health;
    }

    /** Whether the in-process fallbacks are in use. */
    public boolean inProcess() {
        return client == null;
    }

    /** Idempotency keys in flight, shared by every instance through Redis (ADR 0026). */
    public RedisInFlightRequestsAdapter inFlightRequests() {
        return inFlightRequests;
    }

    /** The expiring key-value store the Redis-backed adapters of this package are built on. */
    KeyValueStore keyValueStore() {
        return keyValueStore;
    }

    /** Closes the Redis client. Safe to call twice. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        health.close();
        if (client != null) {
            client.close();
        }
        if (limitsClient != null) {
            limitsClient.close();
        }
    }
}
