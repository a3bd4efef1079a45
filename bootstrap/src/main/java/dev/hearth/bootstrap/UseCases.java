package dev.hearth.bootstrap;

import dev.hearth.application.port.in.health.CheckReadinessUseCase;
import java.util.Objects;

/**
 * Every inbound port the driving adapters (HTTP routes, later stream consumers and CLI commands) may call, built once
 * by {@link Hearth}. Add a component when you add a use case, then construct it in {@link Hearth} and give it an
 * entry in {@link #documentationOnly()}.
 *
 * @param checkReadiness readiness over every dependency
 */
public record UseCases(CheckReadinessUseCase checkReadiness) {

    public UseCases {
        Objects.requireNonNull(checkReadiness, "checkReadiness");
    }

    /**
     * Use cases that refuse to run, for building the route modules when only their declarations matter (the
     * {@code openapi} command and the committed-document test): no database, no Redis, nothing started.
     */
    public static UseCases documentationOnly() {
        return new UseCases(() -> {
            throw notWired();
        });
    }

    private static IllegalStateException notWired() {
        return new IllegalStateException("documentation-only wiring: this use case is not connected");
    }
}
