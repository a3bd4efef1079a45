package dev.hearth.application.port.in.household;

import static dev.hearth.application.port.in.CallScope.Kind.ACTING_ACCOUNT;

import dev.hearth.application.port.in.CallScope;
import dev.hearth.domain.debt.DebtPlan;

/**
 * Makes a debt plan from the debts stored with a household, with the same planner and rules as the stateless plan.
 */
@CallScope(ACTING_ACCOUNT)
public interface PlanHouseholdDebtsUseCase {

    /**
     * Plans the household's stored debts (each under its stored id) for the household's nation.
     *
     * @throws dev.hearth.application.error.ApplicationException {@code NOT_FOUND} when there is no such household;
     *         {@code INVALID_INPUT} for a bad budget
     */
    DebtPlan plan(PlanHouseholdDebtsQuery query);
}
