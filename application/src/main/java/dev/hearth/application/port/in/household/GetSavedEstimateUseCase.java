package dev.hearth.application.port.in.household;

import dev.hearth.application.port.model.Read;
import dev.hearth.application.port.model.SavedEstimateRecord;

/**
 * Reads one saved estimate of a household.
 */
public interface GetSavedEstimateUseCase {

    /**
     * Reads one saved estimate of a household.
     *
     * @throws dev.hearth.application.error.ApplicationException {@code NOT_FOUND} when there is no such household
     */
    Read<SavedEstimateRecord> get(GetSavedEstimateQuery getSavedEstimateQuery);
}
