package dev.hearth.adapter.out.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.testsupport.TestRedis;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Idempotency keys in flight (ADR 0026): shared through a real Redis, held in process while Redis is away. */
class RedisInFlightRequestsAdapterTest {

    private static final Duration LEASE = Duration.ofSeconds(30);

    @Test
    void a_key_held_on_one_instance_cannot_be_held_on_another_until_its_holder_releases_it() {
        String url = TestRedis.instance().url();
        try (RedisAdapters first = RedisAdapters.start(new RedisSettings(url));
             RedisAdapters second = RedisAdapters.start(new RedisSettings(url))) {
            String slot = "slot-" + UUID.randomUUID();
            Optional<String> held = first.inFlightRequests().tryHold(slot, LEASE);

            assertThat(held).isPresent();
            assertThat(second.inFlightRequests().tryHold(slot, LEASE)).isEmpty();
            second.inFlightRequests().release(slot, "r:not-the-holder");
            assertThat(second.inFlightRequests().tryHold(slot, LEASE)).as("only the holder releases").isEmpty();

            first.inFlightRequests().release(slot, held.get());
            assertThat(second.inFlightRequests().tryHold(slot, LEASE)).isPresent();
        }
    }

    @Test
    void with_redis_unreachable_a_key_is_held_in_this_process_and_never_fails() throws IOException {
        int deadPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            deadPort = socket.getLocalPort();
        }
        try (RedisAdapters redis = RedisAdapters.start(new RedisSettings("redis://127.0.0.1:" + deadPort))) {
            String slot = "slot-" + UUID.randomUUID();
            Optional<String> held = redis.inFlightRequests().tryHold(slot, LEASE);

            assertThat(held).isPresent();
            assertThat(redis.inFlightRequests().tryHold(slot, LEASE)).isEmpty();
            redis.inFlightRequests().release(slot, held.get());
            assertThat(redis.inFlightRequests().tryHold(slot, LEASE)).isPresent();
        }
    }
}
