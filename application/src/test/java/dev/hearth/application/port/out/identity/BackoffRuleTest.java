package dev.hearth.application.port.out.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearth.application.service.auth.AuthPolicy;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class BackoffRuleTest {

    /** The login back-off as AuthPolicy sets it, one row per count of consecutive failures (hand-checked). */
    @ParameterizedTest(name = "after {0} failures wait {1} s")
    @CsvSource({"0, 0", "1, 0", "4, 0", "5, 5", "6, 10", "7, 20", "8, 40", "9, 80", "10, 160", "11, 320", "12, 640",
        "13, 900", "14, 900", "1000, 900", "2147483647, 900"})
    void the_login_wait_doubles_after_five_free_failures_up_to_fifteen_minutes(int failures, long seconds) {
        assertThat(AuthPolicy.LOGIN_BACKOFF.waitAfter(failures)).isEqualTo(Duration.ofSeconds(seconds));
    }

    @Test
    void a_rule_must_make_sense() {
        assertThatThrownBy(() -> new BackoffRule("x", 0, Duration.ofSeconds(1), Duration.ofSeconds(2),
                Duration.ofSeconds(2))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BackoffRule("x", 1, Duration.ofSeconds(3), Duration.ofSeconds(2),
                Duration.ofSeconds(2))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BackoffRule("x", 1, Duration.ofSeconds(1), Duration.ofSeconds(2),
                Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
