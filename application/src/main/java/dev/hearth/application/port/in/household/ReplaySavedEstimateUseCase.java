package dev.hearth.application.port.in.household;

import static dev.hearth.application.port.in.CallScope.Kind.ACTING_ACCOUNT;

import dev.hearth.application.port.in.CallScope;

/**
 * Recomputes a saved estimate from its stored inputs with today's code and reports every line that differs, so an auditor can reproduce any number ever shown.
 */
@CallScope(ACTING_ACCOUNT)
public interface ReplaySavedEstimateUseCase {

    /**
     * Recomputes a saved estimate from its stored inputs with today's code and reports every line that differs, so an auditor can reproduce any number ever shown.
     *
     * @throws dev.hearth.application.error.ApplicationException {@code NOT_FOUND} when there is no such household
     */
    ReplayReport replay(ReplaySavedEstimateQuery replaySavedEstimateQuery);
}
