package dev.hearth.application.port.out.health;

/**
 * Implemented by each driven adapter that Hearth depends on (PostgreSQL, Redis, ...), so readiness can report every
 * dependency without knowing what it is. A check must be quick (bounded by its own timeout) and must never throw.
 */
public interface CheckDependencyHealthPort {

    /** Stable name shown in readiness, e.g. {@code postgres}, {@code redis}. */
    String name();

    /** Whether Hearth cannot serve without it: a required dependency that is DOWN makes readiness answer 503. */
    boolean required();

    DependencyHealth check();
}
