package dev.hearth.application.port.in.household;

import static dev.hearth.application.port.in.CallScope.Kind.ACTING_ACCOUNT;

import dev.hearth.application.port.in.CallScope;

/**
 * Deletes a household with its debts and saved estimates if it is still at the expected version; the audit trail keeps its events.
 */
@CallScope(ACTING_ACCOUNT)
public interface DeleteHouseholdUseCase {

    /**
     * Deletes a household with its debts and saved estimates if it is still at the expected version; the audit trail keeps its events.
     *
     * @throws dev.hearth.application.error.ApplicationException {@code VERSION_MISMATCH} (412) when the version is
     *         not the current one, {@code NOT_FOUND} when it is gone, {@code WRITES_UNAVAILABLE} while the primary
     *         database is away
     */
    void delete(DeleteHouseholdCommand deleteHouseholdCommand);
}
