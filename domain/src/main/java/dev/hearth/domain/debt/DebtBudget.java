package dev.hearth.domain.debt;

import dev.hearth.domain.money.Pence;

/**
 * The monthly budget behind the plan. Every amount is in pence per calendar month. The identities hold exactly:
 * {@code monthlyAvailableForDebtsPence = monthlyIncomePence - monthlyOngoingPriorityCostsPence
 * - monthlyOtherEssentialSpendingPence} (may be negative: a deficit), and when it is not negative
 * {@code monthlyAvailableForDebtsPence = monthlyPriorityPaymentsPence + monthlyAvailableForNonPriorityPence}; the
 * non-priority payments plus {@code monthlyUnallocatedPence} equal what was available for them plus
 * {@code monthlyTokenPaymentsBeyondBudgetPence}.
 *
 * @param monthlyIncomePence                    total income
 * @param monthlyOngoingPriorityCostsPence      essential spending on ongoing priority bills (rent, council tax, energy...)
 * @param monthlyOtherEssentialSpendingPence    all other essential spending
 * @param monthlyAvailableForDebtsPence         income less essential spending (negative when spending exceeds income)
 * @param monthlyPriorityPaymentsPence          paid to priority arrears
 * @param monthlyAvailableForNonPriorityPence   what is left for non-priority creditors
 * @param monthlyNonPriorityPaymentsPence       offered to non-priority creditors
 * @param monthlyUnallocatedPence               left over after every debt is paid what the plan allows
 * @param monthlyTokenPaymentsBeyondBudgetPence token payments offered beyond what the budget shows is available
 * @param nonPriorityMethod                     how non-priority creditors were paid
 */
public record DebtBudget(Pence monthlyIncomePence, Pence monthlyOngoingPriorityCostsPence,
                         Pence monthlyOtherEssentialSpendingPence, Pence monthlyAvailableForDebtsPence,
                         Pence monthlyPriorityPaymentsPence, Pence monthlyAvailableForNonPriorityPence,
                         Pence monthlyNonPriorityPaymentsPence, Pence monthlyUnallocatedPence,
                         Pence monthlyTokenPaymentsBeyondBudgetPence, NonPriorityMethod nonPriorityMethod) {
}
