package dev.hearth.application.port.in.household;

import static dev.hearth.application.port.in.CallScope.Kind.ACTING_ACCOUNT;

import dev.hearth.application.port.in.CallScope;
import dev.hearth.application.port.model.DebtRecord;

/**
 * Adds a debt to a household, checked with the debt planner's own rules.
 */
@CallScope(ACTING_ACCOUNT)
public interface AddDebtUseCase {

    /**
     * Adds a debt to a household, checked with the debt planner's own rules.
     *
     * @throws dev.hearth.application.error.ApplicationException {@code NOT_FOUND} when there is no such household
     * @throws dev.hearth.domain.validation.InvalidInputException naming every field that is not acceptable
     */
    DebtRecord add(AddDebtCommand addDebtCommand);
}
