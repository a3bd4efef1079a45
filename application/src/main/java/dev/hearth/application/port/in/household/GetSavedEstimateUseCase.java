package dev.hearth.application.port.in.household;

import static dev.hearth.application.port.in.CallScope.Kind.ACTING_ACCOUNT;

import dev.hearth.application.port.in.CallScope;
import dev.hearth.application.port.model.Read;
import dev.hearth.application.port.model.SavedEstimateRecord;

/**
 * Reads one saved estimate of a household.
 */
@CallScope(ACTING_ACCOUNT)
public interface GetSavedEstimateUseCase {

    /**
     * Reads one saved estimate of a household.
     *
     * @throws dev.hearth.application.error.ApplicationException {@code NOT_FOUND} when there is no such household
     */
    Read<SavedEstimateRecord> get(GetSavedEstimateQuery getSavedEstimateQuery);
}
