package dev.hearth.application.service.health;

import dev.hearth.application.port.in.health.CheckReadinessUseCase;
import dev.hearth.application.port.in.health.HealthState;
import dev.hearth.application.port.in.health.ReadinessResult;
import dev.hearth.application.port.in.health.ReadinessResult.CheckedDependency;
import dev.hearth.application.port.out.health.CheckDependencyHealthPort;
import dev.hearth.application.port.out.health.DependencyHealth;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks each wired dependency in turn (each check is bounded by its own timeout, see
 * {@link CheckDependencyHealthPort}) and derives the overall verdict. A check that breaks its contract by throwing is
 * reported as {@code DOWN} with a neutral detail, so a faulty adapter can never take the readiness probe down with it.
 */
public final class CheckReadinessService implements CheckReadinessUseCase {

    private final List<CheckDependencyHealthPort> dependencies;

    /** @param dependencies every dependency Hearth relies on; empty means "nothing to wait for" */
    public CheckReadinessService(List<CheckDependencyHealthPort> dependencies) {
        this.dependencies = List.copyOf(dependencies);
    }

    @Override
    public ReadinessResult checkReadiness() {
        List<CheckedDependency> checked = new ArrayList<>(dependencies.size());
        for (CheckDependencyHealthPort port : dependencies) {
            checked.add(checkOne(port));
        }
        return ReadinessResult.of(checked);
    }

    private static CheckedDependency checkOne(CheckDependencyHealthPort port) {
        DependencyHealth health;
        try {
            health = port.check();
        } catch (RuntimeException e) {
            health = null;
        }
        if (health == null) {
            return new CheckedDependency(port.name(), port.required(), HealthState.DOWN, "health check failed");
        }
        return new CheckedDependency(port.name(), port.required(), HealthState.of(health.state()), health.detail());
    }
}
