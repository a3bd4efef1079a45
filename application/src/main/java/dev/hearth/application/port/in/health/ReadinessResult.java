package dev.hearth.application.port.in.health;

import dev.hearth.application.port.out.health.DependencyState;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of a readiness check.
 *
 * <p>The overall {@code status} is {@link DependencyState#DOWN} only when a <em>required</em> dependency is down (Hearth
 * cannot serve); {@link DependencyState#DEGRADED} when anything else is not fully up (an optional dependency down, or a
 * fallback in use); otherwise {@link DependencyState#UP}.
 *
 * @param status       the overall verdict, derived from the dependencies
 * @param dependencies every dependency checked, in the order they were wired
 */
public record ReadinessResult(DependencyState status, List<CheckedDependency> dependencies) {

    public ReadinessResult {
        Objects.requireNonNull(status, "status");
        dependencies = List.copyOf(dependencies);
    }

    /** Derives the overall verdict from the dependencies, as described on the type. */
    public static ReadinessResult of(List<CheckedDependency> dependencies) {
        DependencyState overall = DependencyState.UP;
        for (CheckedDependency d : dependencies) {
            if (d.state() == DependencyState.DOWN && d.required()) {
                overall = DependencyState.DOWN;
            } else if (d.state() != DependencyState.UP && overall == DependencyState.UP) {
                overall = DependencyState.DEGRADED;
            }
        }
        return new ReadinessResult(overall, dependencies);
    }

    /** Whether Hearth can serve: true unless a required dependency is down. */
    public boolean ready() {
        return status != DependencyState.DOWN;
    }

    /**
     * One dependency as checked.
     *
     * @param name     stable name, e.g. {@code postgres}
     * @param required whether Hearth cannot serve without it
     * @param state    up, degraded (a fallback is in use, or slow) or down
     * @param detail   a short, safe sentence: never a credential, a hostname with a password, or personal data
     */
    public record CheckedDependency(String name, boolean required, DependencyState state, String detail) {
        public CheckedDependency {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
