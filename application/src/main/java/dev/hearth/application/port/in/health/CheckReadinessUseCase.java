package dev.hearth.application.port.in.health;

import static dev.hearth.application.port.in.CallScope.Kind.UNSCOPED;

import dev.hearth.application.port.in.CallScope;

/**
 * Answers "can Hearth serve requests right now?" by asking every dependency it relies on. Driving adapters (the HTTP
 * readiness route, a load balancer probe) call this; they never talk to the dependencies themselves.
 */
@CallScope(UNSCOPED)
public interface CheckReadinessUseCase {

    /**
     * Checks every dependency once. Never throws: a dependency whose check fails is reported {@code DOWN}.
     *
     * @return the state of each dependency and the overall verdict
     */
    ReadinessResult checkReadiness();
}
