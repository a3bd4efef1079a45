package dev.hearth.application.service.health;

import static dev.hearth.application.port.out.health.DependencyState.DEGRADED;
import static dev.hearth.application.port.out.health.DependencyState.DOWN;
import static dev.hearth.application.port.out.health.DependencyState.UP;

import dev.hearth.application.port.in.health.HealthState;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.application.port.in.health.ReadinessResult;
import dev.hearth.application.port.in.health.ReadinessResult.CheckedDependency;
import dev.hearth.application.port.out.health.CheckDependencyHealthPort;
import dev.hearth.application.port.out.health.DependencyHealth;
import dev.hearth.application.port.out.health.DependencyState;
import dev.hearth.application.port.out.health.FixedDependencyHealth;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class CheckReadinessServiceTest {

    /** Rows: postgres (required) state, redis (optional) state, expected overall, expected ready. */
    static Stream<Arguments> verdicts() {
        return Stream.of(
                Arguments.of(UP, UP, HealthState.UP, true),
                Arguments.of(UP, DEGRADED, HealthState.DEGRADED, true),   // redis fallback in use: still ready
                Arguments.of(UP, DOWN, HealthState.DEGRADED, true),       // optional down never makes it 503
                Arguments.of(DEGRADED, UP, HealthState.DEGRADED, true),
                Arguments.of(DOWN, UP, HealthState.DOWN, false),          // required down: not ready
                Arguments.of(DOWN, DEGRADED, HealthState.DOWN, false));
    }

    @ParameterizedTest(name = "postgres {0}, redis {1} -> {2}, ready={3}")
    @MethodSource("verdicts")
    void overall_state_is_down_only_when_a_required_dependency_is_down(
            DependencyState postgres, DependencyState redis, HealthState overall, boolean ready) {
        var service = new CheckReadinessService(List.of(
                FixedDependencyHealth.required("postgres", postgres),
                FixedDependencyHealth.optional("redis", redis)));

        ReadinessResult result = service.checkReadiness();

        assertThat(result.status()).isEqualTo(overall);
        assertThat(result.ready()).isEqualTo(ready);
        assertThat(result.dependencies()).extracting(CheckedDependency::name).containsExactly("postgres", "redis");
        assertThat(result.dependencies()).extracting(CheckedDependency::required).containsExactly(true, false);
    }

    @Test
    void with_no_dependencies_hearth_is_up() {
        assertThat(new CheckReadinessService(List.of()).checkReadiness().status()).isEqualTo(HealthState.UP);
    }

    @Test
    void a_check_that_throws_is_reported_down_without_its_message() {
        CheckDependencyHealthPort broken = new CheckDependencyHealthPort() {
            @Override public String name() { return "postgres"; }
            @Override public boolean required() { return true; }
            @Override public DependencyHealth check() { throw new IllegalStateException("password=secret"); }
        };

        ReadinessResult result = new CheckReadinessService(List.of(broken)).checkReadiness();

        assertThat(result.ready()).isFalse();
        assertThat(result.dependencies().get(0).state()).isEqualTo(HealthState.DOWN);
        assertThat(result.dependencies().get(0).detail()).isEqualTo("health check failed").doesNotContain("secret");
    }

    @Test
    void each_check_runs_again_on_every_call() {
        var redis = FixedDependencyHealth.optional("redis", UP);
        var service = new CheckReadinessService(List.of(redis));
        assertThat(service.checkReadiness().status()).isEqualTo(HealthState.UP);

        redis.set(DEGRADED, "in-process fallback");

        assertThat(service.checkReadiness().dependencies().get(0).detail()).isEqualTo("in-process fallback");
    }
}
