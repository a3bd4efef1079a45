package dev.hearth.adapter.in.http.health;

import io.swagger.v3.oas.annotations.media.Schema;

/** The process is running and answering HTTP. Says nothing about dependencies. */
@Schema(name = "LivenessResponse", description = "The process is running and answering HTTP.")
public record LivenessResponse(
        @Schema(description = "Always up when the server answers.", requiredMode = Schema.RequiredMode.REQUIRED)
        HealthStatus status) {
}
