package dev.hearth.domain.debt;

import dev.hearth.domain.money.Pence;
import dev.hearth.domain.place.Nation;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the debt planner needs. Amounts are integer pence; every flow is per calendar month.
 *
 * @param planDate          the date the plan is made for (decides which rules and thresholds apply)
 * @param nation            where the household lives: England, Wales or Scotland (Northern Ireland is not covered)
 * @param monthlyIncome     income lines, per month
 * @param essentialSpending essential spending lines in SFS-shaped categories, per month, including the ongoing
 *                          payments on priority bills (current rent, council tax, energy)
 * @param debts             the debts, in any order (at most {@link DebtRules#MAX_DEBTS})
 * @param adviceFacts       facts for the Breathing Space and formal-option flags (optional)
 * @param tokenPaymentPence the token payment offered to each non-priority creditor when nothing is left, in pence per
 *                          month (optional; default {@link DebtRules#DEFAULT_TOKEN_PAYMENT_PENCE}; 1p to £10)
 */
public record DebtPlanRequest(LocalDate planDate, Nation nation, List<IncomeLine> monthlyIncome,
                              List<SpendingLine> essentialSpending, List<DebtInput> debts, DebtAdviceFacts adviceFacts,
                              Pence tokenPaymentPence) {
}
