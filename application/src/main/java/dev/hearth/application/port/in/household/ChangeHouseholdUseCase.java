package dev.hearth.application.port.in.household;

import static dev.hearth.application.port.in.CallScope.Kind.ACTING_ACCOUNT;

import dev.hearth.application.port.in.CallScope;
import dev.hearth.application.port.model.HouseholdRecord;

/**
 * Changes a household's facts if it is still at the version the change was based on, in one transaction with its audit event.
 */
@CallScope(ACTING_ACCOUNT)
public interface ChangeHouseholdUseCase {

    /**
     * Changes a household's facts if it is still at the version the change was based on, in one transaction with its audit event.
     *
     * @throws dev.hearth.application.error.ApplicationException {@code VERSION_MISMATCH} (412) when the version is
     *         not the current one, {@code NOT_FOUND} when it is gone, {@code WRITES_UNAVAILABLE} while the primary
     *         database is away
     * @throws dev.hearth.domain.validation.InvalidInputException naming every field that is not acceptable
     */
    HouseholdRecord change(ChangeHouseholdCommand changeHouseholdCommand);
}
