package dev.hearth.application.port.in.health;

import dev.hearth.application.port.out.health.DependencyState;

/**
 * How Hearth, or one of its dependencies, is doing, as the readiness use case reports it to driving adapters. Mirrors
 * the outbound {@link DependencyState} so that driving adapters depend on inbound ports only.
 */
public enum HealthState {
    /** Working as configured. */
    UP,
    /** Working through a fallback (e.g. in-process instead of Redis), or slow. */
    DEGRADED,
    /** Not answering. */
    DOWN;

    /** The inbound view of an adapter's state. */
    public static HealthState of(DependencyState state) {
        return switch (state) {
            case UP -> UP;
            case DEGRADED -> DEGRADED;
            case DOWN -> DOWN;
        };
    }
}
