package dev.hearth.adapter.out.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.application.port.out.health.DependencyHealth;
import dev.hearth.application.port.out.health.DependencyState;
import dev.hearth.testsupport.TestRedis;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RedisAdaptersTest {

    @Test
    void with_a_url_the_real_redis_is_up_and_never_required() {
        try (RedisAdapters redis = RedisAdapters.start(new RedisSettings(TestRedis.instance().url()))) {
            DependencyHealth health = redis.health().check();
            assertThat(redis.inProcess()).isFalse();
            assertThat(redis.health().name()).isEqualTo("redis");
            assertThat(redis.health().required()).isFalse();
            assertThat(health.state()).isEqualTo(DependencyState.UP);
            assertThat(health.detail()).startsWith("PING answered in");
        }
    }

    @Test
    void with_a_url_the_store_is_redis_shared_between_clients() {
        String url = TestRedis.instance().url();
        try (RedisAdapters first = RedisAdapters.start(new RedisSettings(url));
             RedisAdapters second = RedisAdapters.start(new RedisSettings(url))) {
            String key = "adapters-test:" + System.nanoTime();
            assertThat(first.keyValueStore().putIfAbsent(key, "v", Duration.ofMinutes(1))).isTrue();
            assertThat(second.keyValueStore().get(key)).contains("v");
        }
    }

    @Test
    void without_a_url_the_in_process_fallback_serves_and_readiness_says_degraded() {
        try (RedisAdapters redis = RedisAdapters.start(RedisSettings.inProcess())) {
            DependencyHealth health = redis.health().check();
            assertThat(redis.inProcess()).isTrue();
            assertThat(health.state()).isEqualTo(DependencyState.DEGRADED);
            assertThat(health.detail()).isEqualTo("in-process fallback: REDIS_URL not set");
            assertThat(redis.health().required()).isFalse();
            assertThat(redis.keyValueStore().putIfAbsent("k", "v", Duration.ofMinutes(1))).isTrue();
            assertThat(redis.keyValueStore().get("k")).contains("v");
        }
    }

    @Test
    void an_unreachable_redis_starts_anyway_and_is_down_quickly_without_naming_the_host() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        try (RedisAdapters redis = RedisAdapters.start(
                new RedisSettings("redis://:hunter2@127.0.0.1:" + closedPort))) {
            long start = System.nanoTime();
            DependencyHealth health = redis.health().check();
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(health.state()).isEqualTo(DependencyState.DOWN);
            assertThat(health.detail()).matches("unreachable|no answer within \\d+ ms")
                    .doesNotContain("127.0.0.1", "hunter2");
            assertThat(millis).isLessThanOrEqualTo(RedisAdapters.HEALTH_TIMEOUT.toMillis() + 500);
        }
    }

    @Test
    void closing_twice_is_harmless() {
        RedisAdapters redis = RedisAdapters.start(new RedisSettings(TestRedis.instance().url()));
        redis.close();
        redis.close();
        assertThat(redis.health().check().state()).isEqualTo(DependencyState.DOWN);
    }
}
