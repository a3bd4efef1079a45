package dev.hearth.domain.household;

import dev.hearth.domain.debt.DebtAdviceFacts;
import dev.hearth.domain.debt.DebtInput;
import dev.hearth.domain.debt.DebtPlanRequest;
import dev.hearth.domain.debt.IncomeLine;
import dev.hearth.domain.debt.SpendingLine;
import dev.hearth.domain.money.Pence;
import dev.hearth.domain.place.Nation;

import java.time.LocalDate;
import java.util.List;

/**
 * What a debt plan for a household needs beside the debts stored with it: the budget and the advice facts. The nation
 * comes from the household's facts; the debts are the stored ones, each under its stored id.
 *
 * @param planDate          the date the plan is made for (optional: today in the UK when not given)
 * @param monthlyIncome     income lines, per month (optional, none when absent)
 * @param essentialSpending essential spending lines in SFS-shaped categories, per month (optional, none when absent)
 * @param adviceFacts       facts for the Breathing Space and formal-option flags (optional)
 * @param tokenPaymentPence the token payment offered to each non-priority creditor when nothing is left, in pence per
 *                          month (optional)
 */
public record HouseholdDebtBudget(LocalDate planDate, List<IncomeLine> monthlyIncome,
                                  List<SpendingLine> essentialSpending, DebtAdviceFacts adviceFacts,
                                  Pence tokenPaymentPence) {

    /** The debt planner's request for these figures, {@code debts} and the household's nation on {@code date}. */
    public DebtPlanRequest toPlanRequest(LocalDate date, Nation nation, List<DebtInput> debts) {
        return new DebtPlanRequest(date, nation, monthlyIncome == null ? List.of() : monthlyIncome,
                essentialSpending == null ? List.of() : essentialSpending, debts, adviceFacts, tokenPaymentPence);
    }
}
