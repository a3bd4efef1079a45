package dev.hearth.adapter.out.redis.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.application.port.out.identity.ThrottleAttemptsPort;
import dev.hearth.testsupport.TestRedis;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.UnifiedJedis;

class RedisThrottleAdapterTest extends ThrottleContract {

    private static final UnifiedJedis CLIENT = RedisConnections.open(TestRedis.instance().url(), null,
            Duration.ofSeconds(2), "throttle-test", 4);

    private final RedisThrottleAdapter throttle = new RedisThrottleAdapter(CLIENT, "hearth-test:",
            new RedisFallback(), new InProcessThrottleAdapter());

    @AfterAll
    static void closeClient() {
        CLIENT.close();
    }

    @Override
    ThrottleAttemptsPort throttle() {
        return throttle;
    }

    @Test
    void failures_recorded_by_one_instance_block_on_another() {
        RedisThrottleAdapter other = new RedisThrottleAdapter(CLIENT, "hearth-test:", new RedisFallback(),
                new InProcessThrottleAdapter());
        String a = key();
        for (int i = 0; i < 3; i++) {
            throttle.recordFailure(WINDOW, a, T0);
        }
        assertThat(other.blockedFor(WINDOW, a, T0)).contains(Duration.ofMinutes(10));
        throttle.recordFailure(BACKOFF, a, T0);
        other.recordFailure(BACKOFF, a, T0);
        assertThat(throttle.blockedFor(BACKOFF, a, T0)).contains(Duration.ofSeconds(10));
    }
}
