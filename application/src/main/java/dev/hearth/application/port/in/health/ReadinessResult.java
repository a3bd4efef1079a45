package dev.hearth.application.port.in.health;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of a readiness check.
 *
 * <p>The overall {@code status} is {@link HealthState#DOWN} only when a <em>required</em> dependency is down (Hearth
 * cannot serve); {@link HealthState#DEGRADED} when anything else is not fully up (an optional dependency down, or a
 * fallback in use); otherwise {@link HealthState#UP}.
 *
 * @param status       the overall verdict, derived from the dependencies
 * @param dependencies every dependency checked, in the order they were wired
 */
public record ReadinessResult(HealthState status, List<CheckedDependency> dependencies) {

    public ReadinessResult {
        Objects.requireNonNull(status, "status");
        dependencies = List.copyOf(dependencies);
    }

    /** Derives the overall verdict from the dependencies, as described on the type. */
    public static ReadinessResult of(List<CheckedDependency> dependencies) {
        HealthState overall = HealthState.UP;
        for (CheckedDependency d : dependencies) {
            if (d.state() == HealthState.DOWN && d.required()) {
                overall = HealthState.DOWN;
            } else if (d.state() != HealthState.UP && overall == HealthState.UP) {
                overall = HealthState.DEGRADED;
            }
        }
        return new ReadinessResult(overall, dependencies);
    }

    /** Whether Hearth can serve: true unless a required dependency is down. */
    public boolean ready() {
        return status != HealthState.DOWN;
    }

    /**
     * One dependency as checked.
     *
     * @param name     stable name, e.g. {@code postgres}
     * @param required whether Hearth cannot serve without it
     * @param state    up, degraded (a fallback is in use, or slow) or down
     * @param detail   a short, safe sentence: never a credential, a hostname with a password, or personal data
     */
    public record CheckedDependency(String name, boolean required, HealthState state, String detail) {
        public CheckedDependency {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
