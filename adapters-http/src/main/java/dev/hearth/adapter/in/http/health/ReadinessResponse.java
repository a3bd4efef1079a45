package dev.hearth.adapter.in.http.health;

import dev.hearth.application.port.in.health.ReadinessResult;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** Whether Hearth can serve, and how each dependency is doing. */
@Schema(name = "ReadinessResponse", description = "Whether Hearth can serve, and the state of each dependency.")
public record ReadinessResponse(
        @Schema(description = "down (and HTTP 503) only when a required dependency is down; degraded when a "
                + "fallback is in use or an optional dependency is down.", requiredMode = Schema.RequiredMode.REQUIRED)
        HealthStatus status,
        @Schema(description = "Every dependency checked.", requiredMode = Schema.RequiredMode.REQUIRED)
        List<DependencyResponse> dependencies) {

    /** Maps the use case's result. */
    public static ReadinessResponse from(ReadinessResult result) {
        return new ReadinessResponse(HealthStatus.from(result.status()),
                result.dependencies().stream().map(DependencyResponse::from).toList());
    }

    /** One dependency's state. */
    @Schema(name = "DependencyHealth", description = "One dependency's state.")
    public record DependencyResponse(
            @Schema(description = "Stable name.", example = "postgres", requiredMode = Schema.RequiredMode.REQUIRED)
            String name,
            @Schema(description = "Whether Hearth cannot serve without it.",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            boolean required,
            @Schema(description = "up: working as configured; degraded: a fallback is in use, or it is slow; down: "
                    + "not answering.", requiredMode = Schema.RequiredMode.REQUIRED)
            HealthStatus state,
            @Schema(description = "Short, safe explanation.", example = "in-process fallback (no REDIS_URL)",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            String detail) {

        static DependencyResponse from(ReadinessResult.CheckedDependency d) {
            return new DependencyResponse(d.name(), d.required(), HealthStatus.from(d.state()), d.detail());
        }
    }
}
