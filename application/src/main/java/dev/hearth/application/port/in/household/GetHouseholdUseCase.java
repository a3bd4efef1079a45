package dev.hearth.application.port.in.household;

import static dev.hearth.application.port.in.CallScope.Kind.ACTING_ACCOUNT;

import dev.hearth.application.port.in.CallScope;
import dev.hearth.application.port.model.HouseholdRecord;
import dev.hearth.application.port.model.Read;

/**
 * Reads one household with how fresh the read is.
 */
@CallScope(ACTING_ACCOUNT)
public interface GetHouseholdUseCase {

    /**
     * Reads one household with how fresh the read is.
     *
     * @throws dev.hearth.application.error.ApplicationException {@code NOT_FOUND} when there is no such household
     */
    Read<HouseholdRecord> get(GetHouseholdQuery getHouseholdQuery);
}
