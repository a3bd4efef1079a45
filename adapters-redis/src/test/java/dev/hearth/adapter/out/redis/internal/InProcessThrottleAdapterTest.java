package dev.hearth.adapter.out.redis.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.application.port.out.identity.BackoffRule;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InProcessThrottleAdapterTest {

    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
    private static final BackoffRule RULE = new BackoffRule("login_account_address", 2, Duration.ofSeconds(10),
            Duration.ofSeconds(40), Duration.ofHours(1));

    private final InProcessThrottleAdapter throttle = new InProcessThrottleAdapter();

    @Test
    void the_wait_counts_from_the_latest_failure_and_grows_with_each_one() {
        throttle.recordFailure(RULE, "a", T0);
        assertThat(throttle.blockedFor(RULE, "a", T0)).isEmpty();
        throttle.recordFailure(RULE, "a", T0.plusSeconds(1));

        assertThat(throttle.blockedFor(RULE, "a", T0.plusSeconds(1))).contains(Duration.ofSeconds(10));
        assertThat(throttle.blockedFor(RULE, "a", T0.plusSeconds(6))).contains(Duration.ofSeconds(5));
        assertThat(throttle.blockedFor(RULE, "a", T0.plusSeconds(11))).isEmpty();

        throttle.recordFailure(RULE, "a", T0.plusSeconds(11));
        assertThat(throttle.blockedFor(RULE, "a", T0.plusSeconds(11))).contains(Duration.ofSeconds(20));
        throttle.recordFailure(RULE, "a", T0.plusSeconds(31));
        throttle.recordFailure(RULE, "a", T0.plusSeconds(71));
        assertThat(throttle.blockedFor(RULE, "a", T0.plusSeconds(71))).as("capped").contains(Duration.ofSeconds(40));
    }

    @Test
    void keys_are_independent_and_a_reset_or_a_long_quiet_forgets() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure(RULE, "a", T0);
        }
        assertThat(throttle.blockedFor(RULE, "b", T0)).isEmpty();
        assertThat(throttle.blockedFor(RULE, "a", T0.plus(Duration.ofHours(1)))).isEmpty();
        throttle.recordFailure(RULE, "a", T0.plus(Duration.ofHours(1)));
        assertThat(throttle.blockedFor(RULE, "a", T0.plus(Duration.ofHours(1)))).as("counting again from one")
                .isEmpty();

        throttle.recordFailure(RULE, "a", T0.plus(Duration.ofHours(1)));
        assertThat(throttle.blockedFor(RULE, "a", T0.plus(Duration.ofHours(1)))).isPresent();
        throttle.reset(RULE, "a");
        assertThat(throttle.blockedFor(RULE, "a", T0.plus(Duration.ofHours(1)))).isEmpty();
    }
}
