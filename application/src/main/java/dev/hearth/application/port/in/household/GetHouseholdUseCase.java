package dev.hearth.application.port.in.household;

import dev.hearth.application.port.model.HouseholdRecord;
import dev.hearth.application.port.model.Read;

/**
 * Reads one household with how fresh the read is.
 */
public interface GetHouseholdUseCase {

    /**
     * Reads one household with how fresh the read is.
     *
     * @throws dev.hearth.application.error.ApplicationException {@code NOT_FOUND} when there is no such household
     */
    Read<HouseholdRecord> get(GetHouseholdQuery getHouseholdQuery);
}
