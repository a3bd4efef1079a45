package dev.hearth.adapter.in.http.health;

import dev.hearth.adapter.in.http.Reply;
import dev.hearth.adapter.in.http.RouteDefinition;
import dev.hearth.adapter.in.http.RouteModule;
import dev.hearth.application.port.in.health.CheckReadinessUseCase;
import dev.hearth.application.port.in.health.ReadinessResult;
import java.util.List;
import java.util.Objects;

/**
 * {@code GET /health/live} (answers from the process alone; for restart decisions) and {@code GET /health/ready}
 * (asks every dependency through {@link CheckReadinessUseCase}; for traffic decisions: 503 only when a required one is
 * down).
 */
public final class HealthRoutes implements RouteModule {

    private final CheckReadinessUseCase checkReadiness;

    public HealthRoutes(CheckReadinessUseCase checkReadiness) {
        this.checkReadiness = Objects.requireNonNull(checkReadiness, "checkReadiness");
    }

    @Override
    public List<RouteDefinition<?, ?>> routes() {
        return List.of(
                RouteDefinition.get("/health/live")
                        .operationId("checkLiveness")
                        .summary("Is the process alive?")
                        .description("Answers from the process alone and touches nothing external; use it to decide "
                                + "whether to restart Hearth, never to route traffic.")
                        .tags("health")
                        .withoutRateLimit()
                        .success(200, "The process is running")
                        .handle(LivenessResponse.class, request -> new LivenessResponse(HealthStatus.UP)),
                RouteDefinition.get("/health/ready")
                        .operationId("checkReadiness")
                        .summary("Can Hearth serve requests?")
                        .description("Checks every dependency (PostgreSQL, Redis, ...) and lists each with its "
                                + "state. 200 while every required dependency is up or degraded (a degraded one "
                                + "means a fallback is in use); 503 when a required dependency is down.")
                        .tags("health")
                        .withoutRateLimit()
                        .success(200, "Ready; degraded dependencies, if any, are listed")
                        .alsoResponds(503, ReadinessResponse.class, "Not ready: a required dependency is down")
                        .handleReply(ReadinessResponse.class, request -> {
                            ReadinessResult result = checkReadiness.checkReadiness();
                            return Reply.of(result.ready() ? 200 : 503, ReadinessResponse.from(result));
                        }));
    }
}
