package dev.hearth.application.port.in.household;

import dev.hearth.application.port.model.CallContext;
import dev.hearth.domain.household.HouseholdDebtBudget;

import java.util.Objects;
import java.util.UUID;

/**
 * Make a debt plan from the debts stored with a household.
 *
 * @param householdId which household
 * @param budget      the budget and advice facts (the debts and the nation come from what is stored)
 * @param context     who asks, under which request
 */
public record PlanHouseholdDebtsQuery(UUID householdId, HouseholdDebtBudget budget, CallContext context) {

    public PlanHouseholdDebtsQuery {
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(context, "context");
    }
}
