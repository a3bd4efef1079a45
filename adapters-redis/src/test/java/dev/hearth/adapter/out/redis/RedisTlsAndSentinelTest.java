package dev.hearth.adapter.out.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hearth.application.port.out.health.DependencyState;
import dev.hearth.application.port.out.ratelimit.ConsumeQuotaPort.Quota;
import dev.hearth.testsupport.TestRedis;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Production Redis is managed or replicated: {@code rediss://} (TLS, host name verified against a CA file) and Redis
 * Sentinel work through the same {@code REDIS_URL}, against real servers this test starts ({@code redis-server} with
 * {@code --tls-port}, and {@code redis-server --sentinel}).
 */
class RedisTlsAndSentinelTest {

    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    @BeforeAll
    static void needsRedisServerOnPath() {
        assumeTrue(TestRedis.serverOnPath(), "redis-server is not on PATH");
    }

    /** Two adapters on one server share a quota of one: the second request is refused by Redis, not in process. */
    private static void sharesOneQuota(RedisSettings settings) {
        try (RedisAdapters first = RedisAdapters.start(settings); RedisAdapters second = RedisAdapters.start(settings)) {
            assertThat(first.health().check().state()).isEqualTo(DependencyState.UP);
            Quota q = new Quota("shared:" + UUID.randomUUID(), 1, Duration.ofMinutes(1));
            assertThat(first.quotas().consume(List.of(q), T0).admitted()).isTrue();
            assertThat(second.quotas().consume(List.of(q), T0).admitted()).isFalse();
        }
    }

    @Test
    void a_rediss_url_verified_against_the_ca_file_shares_the_limits_over_tls() {
        try (TestRedis.Server tls = TestRedis.startPrivateTls()) {
            sharesOneQuota(new RedisSettings(tls.url(), tls.caCertificate()));
        }
    }

    @Test
    void a_tls_server_whose_certificate_is_not_trusted_is_down_and_the_limits_fall_back() {
        try (TestRedis.Server tls = TestRedis.startPrivateTls();
             RedisAdapters redis = RedisAdapters.start(new RedisSettings(tls.url()))) {
            assertThat(redis.health().check().state()).isEqualTo(DependencyState.DOWN);
            Quota q = new Quota("untrusted:" + UUID.randomUUID(), 1, Duration.ofMinutes(1));
            assertThat(redis.quotas().consume(List.of(q), T0).admitted()).as("answered in process").isTrue();
        }
    }

    @Test
    void a_sentinel_url_reaches_the_master_the_sentinel_names() {
        try (TestRedis.Server master = TestRedis.startPrivate();
             TestRedis.Server sentinel = TestRedis.startSentinel(master, "hearth-master")) {
            sharesOneQuota(new RedisSettings("redis-sentinel://127.0.0.1:" + sentinel.port() + "/hearth-master"));
        }
    }
}
