package dev.hearth.application.port.in.debt;

import static dev.hearth.application.port.in.CallScope.Kind.UNSCOPED;

import dev.hearth.application.port.in.CallScope;
import dev.hearth.domain.debt.DebtPlan;

/** Orders a household's debts by priority and plans monthly payments from what is left after essentials. */
@CallScope(UNSCOPED)
public interface PlanDebtRepaymentsUseCase {

    /** @throws dev.hearth.application.error.ApplicationException {@code VALIDATION_FAILED} with every field error */
    DebtPlan plan(PlanDebtRepaymentsQuery query);
}
