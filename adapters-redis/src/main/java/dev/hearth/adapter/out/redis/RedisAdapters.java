package dev.hearth.adapter.out.redis;

import dev.hearth.adapter.out.redis.internal.InProcessKeyValueStore;
import dev.hearth.adapter.out.redis.internal.KeyValueStore;
import dev.hearth.adapter.out.redis.internal.RedisHealthCheck;
import dev.hearth.adapter.out.redis.internal.RedisKeyValueStore;
import dev.hearth.application.port.out.health.CheckDependencyHealthPort;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.util.JedisURIHelper;

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
 * <p>With a URL it holds one Jedis 8 {@code RedisClient} (a pooled client; Jedis 8 has no {@code JedisPooled}) and
 * {@link #health()} pings it: UP or DOWN, never required, because every Redis-backed feature has an in-process
 * fallback. With no URL those fallbacks serve and {@link #health()} reports DEGRADED with the detail
 * {@value RedisHealthCheck#FALLBACK_DETAIL}. Starting never fails because Redis is down: the client connects lazily
 * and recovers by itself. No Jedis type appears in this API.
 */
public final class RedisAdapters implements AutoCloseable {

    /** How long a readiness check may take before it reports DOWN. */
    public static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(2);
    /** Connect and read timeout of every Redis command. */
    public static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(2);
    /** Prefix of every key Hearth writes, so a Redis can be shared. */
    public static final String KEY_PREFIX = "hearth:";

    private static final Logger LOG = LoggerFactory.getLogger(RedisAdapters.class);

    private final RedisClient client;
    private final KeyValueStore keyValueStore;
    private final RedisHealthCheck health;
    private final RedisInFlightRequestsAdapter inFlightRequests;
    private final AtomicBoolean closed = new AtomicBoolean();

    private RedisAdapters(RedisClient client, KeyValueStore keyValueStore, RedisHealthCheck health) {
        this.client = client;
        this.keyValueStore = keyValueStore;
        this.health = health;
        this.inFlightRequests = new RedisInFlightRequestsAdapter(keyValueStore, Clock.systemUTC());
    }

    /** Connects to Redis, or with no URL sets up the in-process fallbacks. Never fails because Redis is down. */
    public static RedisAdapters start(RedisSettings settings) {
        Objects.requireNonNull(settings, "settings");
        if (settings.isInProcess()) {
            LOG.warn("Redis: REDIS_URL not set, using in-process fallbacks (correct for a single Hearth process only;"
                    + " readiness reports redis as degraded)");
            return new RedisAdapters(null, new InProcessKeyValueStore(Clock.systemUTC()), RedisHealthCheck.fallback());
        }
        RedisClient client = client(URI.create(settings.url()));
        LOG.info("Redis: {}", settings);
        return new RedisAdapters(client, new RedisKeyValueStore(client, KEY_PREFIX),
                RedisHealthCheck.pinging(client, HEALTH_TIMEOUT));
    }

    private static RedisClient client(URI uri) {
        if (!JedisURIHelper.isValid(uri)) {
            throw new IllegalArgumentException("Redis URL must be redis://host:port[/db] or rediss://...");
        }
        DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis((int) COMMAND_TIMEOUT.toMillis())
                .socketTimeoutMillis((int) COMMAND_TIMEOUT.toMillis())
                .ssl(JedisURIHelper.isRedisSSLScheme(uri))
                .clientName("hearth");
        if (JedisURIHelper.getUser(uri) != null) {
            config.user(JedisURIHelper.getUser(uri));
        }
        if (JedisURIHelper.getPassword(uri) != null) {
            config.password(JedisURIHelper.getPassword(uri));
        }
        if (JedisURIHelper.hasDbIndex(uri)) {
            config.database(JedisURIHelper.getDBIndex(uri));
        }
        ConnectionPoolConfig pool = new ConnectionPoolConfig();
        pool.setMaxTotal(16);
        pool.setMaxWait(COMMAND_TIMEOUT); // never wait forever for a pooled connection
        pool.setJmxEnabled(false);
        return RedisClient.builder()
                .hostAndPort(JedisURIHelper.getHostAndPort(uri))
                .clientConfig(config.build())
                .poolConfig(pool)
                .build();
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
    }
}
