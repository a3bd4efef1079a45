package dev.hearth.application.port.out.health;

import java.util.concurrent.atomic.AtomicReference;

/**
 * An in-memory {@link CheckDependencyHealthPort} whose state a test sets directly; for use-case and HTTP tests that need
 * a dependency to be up, degraded or down on demand.
 */
public final class FixedDependencyHealth implements CheckDependencyHealthPort {

    private final String name;
    private final boolean required;
    private final AtomicReference<DependencyHealth> current;

    public FixedDependencyHealth(String name, boolean required, DependencyState state, String detail) {
        this.name = name;
        this.required = required;
        this.current = new AtomicReference<>(new DependencyHealth(name, state, detail));
    }

    public static FixedDependencyHealth required(String name, DependencyState state) {
        return new FixedDependencyHealth(name, true, state, state.name().toLowerCase(java.util.Locale.ROOT));
    }

    public static FixedDependencyHealth optional(String name, DependencyState state) {
        return new FixedDependencyHealth(name, false, state, state.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** Changes what the next check reports. */
    public void set(DependencyState state, String detail) {
        current.set(new DependencyHealth(name, state, detail));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean required() {
        return required;
    }

    @Override
    public DependencyHealth check() {
        return current.get();
    }
}
