package dev.hearth.application.port.in.household;

import static dev.hearth.application.port.in.CallScope.Kind.ACTING_ACCOUNT;

import dev.hearth.application.port.in.CallScope;

/**
 * Removes a debt if it is still at the expected version.
 */
@CallScope(ACTING_ACCOUNT)
public interface RemoveDebtUseCase {

    /**
     * Removes a debt if it is still at the expected version.
     *
     * @throws dev.hearth.application.error.ApplicationException {@code VERSION_MISMATCH} (412) when the version is
     *         not the current one, {@code NOT_FOUND} when it is gone, {@code WRITES_UNAVAILABLE} while the primary
     *         database is away
     */
    void remove(RemoveDebtCommand removeDebtCommand);
}
