package dev.hearth.adapter.out.redis.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.application.port.out.identity.BackoffRule;
import dev.hearth.application.port.out.identity.ThrottleAttemptsPort;
import dev.hearth.application.port.out.identity.ThrottleRule;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The contract of {@link ThrottleAttemptsPort}, run against the in-process adapter and against a real Redis. */
abstract class ThrottleContract {

    static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
    static final BackoffRule BACKOFF = new BackoffRule("login_account_address", 2, Duration.ofSeconds(10),
            Duration.ofSeconds(40), Duration.ofHours(1));
    static final ThrottleRule WINDOW = new ThrottleRule("register_address", 3, Duration.ofMinutes(10));

    abstract ThrottleAttemptsPort throttle();

    static String key() {
        return "key-" + UUID.randomUUID();
    }

    @Test
    void the_back_off_counts_from_the_latest_failure_and_grows_with_each_one() {
        String a = key();
        throttle().recordFailure(BACKOFF, a, T0);
        assertThat(throttle().blockedFor(BACKOFF, a, T0)).isEmpty();
        throttle().recordFailure(BACKOFF, a, T0.plusSeconds(1));
        assertThat(throttle().blockedFor(BACKOFF, a, T0.plusSeconds(6))).contains(Duration.ofSeconds(5));
        assertThat(throttle().blockedFor(BACKOFF, a, T0.plusSeconds(11))).isEmpty();
        throttle().recordFailure(BACKOFF, a, T0.plusSeconds(11));
        assertThat(throttle().blockedFor(BACKOFF, a, T0.plusSeconds(11))).contains(Duration.ofSeconds(20));
        throttle().reset(BACKOFF, a);
        assertThat(throttle().blockedFor(BACKOFF, a, T0.plusSeconds(11))).isEmpty();
    }

    @Test
    void a_window_blocks_at_its_limit_until_the_oldest_counting_failure_leaves_it() {
        String a = key();
        throttle().recordFailure(WINDOW, a, T0);
        throttle().recordFailure(WINDOW, a, T0.plusSeconds(60));
        assertThat(throttle().blockedFor(WINDOW, a, T0.plusSeconds(60))).isEmpty();
        throttle().recordFailure(WINDOW, a, T0.plusSeconds(120));
        assertThat(throttle().blockedFor(WINDOW, a, T0.plusSeconds(120))).contains(Duration.ofSeconds(480));
        assertThat(throttle().blockedFor(WINDOW, a, T0.plusSeconds(600))).isEmpty();
        assertThat(throttle().blockedFor(WINDOW, key(), T0.plusSeconds(120))).isEmpty();
        throttle().recordFailure(WINDOW, a, T0.plusSeconds(601));
        throttle().reset(WINDOW, a);
        assertThat(throttle().blockedFor(WINDOW, a, T0.plusSeconds(601))).isEmpty();
    }
}
