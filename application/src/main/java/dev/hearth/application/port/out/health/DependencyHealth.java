package dev.hearth.application.port.out.health;

import java.util.Objects;

/** The state of one dependency and a short, safe detail (no hostnames with credentials, no secrets). */
public record DependencyHealth(String name, DependencyState state, String detail) {
    public DependencyHealth {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(detail, "detail");
    }
}
