package dev.hearth.adapter.out.redis.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import dev.hearth.testsupport.TestRedis;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

class RedisKeyValueStoreTest extends KeyValueStoreContract {

    private static final RedisClient CLIENT = RedisClient.create(java.net.URI.create(TestRedis.instance().url()));
    private final RedisKeyValueStore store = new RedisKeyValueStore(CLIENT, "hearth-test:");

    @AfterAll
    static void closeClient() {
        CLIENT.close();
    }

    @Override
    KeyValueStore store() {
        return store;
    }

    @Override
    void elapse(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void every_key_carries_the_prefix_so_a_shared_redis_is_safe() {
        String key = key("prefixed");
        store.putIfAbsent(key, "v", Duration.ofMinutes(1));
        assertThat(CLIENT.get("hearth-test:" + key)).isEqualTo("v");
        assertThat(CLIENT.exists(key)).isFalse();
    }

    @Test
    void an_unreachable_redis_is_a_service_unavailable_application_exception() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        try (RedisClient unreachable = RedisClient.create("127.0.0.1", closedPort)) {
            RedisKeyValueStore down = new RedisKeyValueStore(unreachable, "x:");
            assertThatThrownBy(() -> down.get("anything"))
                    .isInstanceOfSatisfying(ApplicationException.class,
                            e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE))
                    .hasMessage(JedisFailures.UNAVAILABLE_DETAIL);
        }
    }

    @Test
    void a_command_redis_rejects_is_an_internal_application_exception() {
        String key = key("wrongtype");
        store.putIfAbsent(key, "not a number", Duration.ofMinutes(1));
        assertThatThrownBy(() -> store.incrementInWindow(key, Duration.ofMinutes(1)))
                .isInstanceOfSatisfying(ApplicationException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.INTERNAL))
                .hasMessage(JedisFailures.INTERNAL_DETAIL);
    }
}
