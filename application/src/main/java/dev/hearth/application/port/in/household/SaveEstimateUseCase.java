package dev.hearth.application.port.in.household;

import static dev.hearth.application.port.in.CallScope.Kind.ACTING_ACCOUNT;

import dev.hearth.application.port.in.CallScope;
import dev.hearth.application.port.model.SavedEstimateRecord;

/**
 * Estimates Universal Credit for a stored household now and keeps the inputs snapshot, ruleset and engine versions, result and explanation.
 */
@CallScope(ACTING_ACCOUNT)
public interface SaveEstimateUseCase {

    /**
     * Estimates Universal Credit for a stored household now and keeps the inputs snapshot, ruleset and engine versions, result and explanation.
     *
     * @throws dev.hearth.application.error.ApplicationException {@code NOT_FOUND} when there is no such household
     * @throws dev.hearth.domain.validation.InvalidInputException when the stored facts cannot be estimated for that
     *         period (for example {@code rates_not_available})
     */
    SavedEstimateRecord save(SaveEstimateCommand saveEstimateCommand);
}
