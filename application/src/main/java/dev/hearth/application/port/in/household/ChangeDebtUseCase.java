package dev.hearth.application.port.in.household;

import static dev.hearth.application.port.in.CallScope.Kind.ACTING_ACCOUNT;

import dev.hearth.application.port.in.CallScope;
import dev.hearth.application.port.model.DebtRecord;

/**
 * Changes a debt if it is still at the version the change was based on.
 */
@CallScope(ACTING_ACCOUNT)
public interface ChangeDebtUseCase {

    /**
     * Changes a debt if it is still at the version the change was based on.
     *
     * @throws dev.hearth.application.error.ApplicationException {@code VERSION_MISMATCH} (412) when the version is
     *         not the current one, {@code NOT_FOUND} when it is gone, {@code WRITES_UNAVAILABLE} while the primary
     *         database is away
     * @throws dev.hearth.domain.validation.InvalidInputException naming every field that is not acceptable
     */
    DebtRecord change(ChangeDebtCommand changeDebtCommand);
}
