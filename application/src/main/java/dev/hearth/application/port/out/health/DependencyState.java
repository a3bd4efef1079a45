package dev.hearth.application.port.out.health;

/** How a dependency is doing. */
public enum DependencyState {
    /** Working as configured. */
    UP,
    /** Not the configured dependency but a working fallback (e.g. in-process instead of Redis), or slow. */
    DEGRADED,
    /** Not answering. */
    DOWN
}
