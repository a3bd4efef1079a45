package dev.hearth.domain.debt;

import dev.hearth.domain.money.Pence;

/**
 * What the payment rules shared out, for the plan's {@link DebtBudget} and the advice flags.
 *
 * @param priorityPaid            paid to priority debts a month
 * @param availableForNonPriority what was left for non-priority debts after priority payments
 * @param nonPriorityPaid         offered to non-priority creditors a month
 * @param unallocated             left over after every payment
 * @param tokensBeyondBudget      token payments offered beyond what the budget shows is available
 * @param method                  how the non-priority debts were dealt with
 * @param priorityUnmet           whether any priority instalment could not be met in full
 */
record PaymentAllocation(Pence priorityPaid, Pence availableForNonPriority, Pence nonPriorityPaid, Pence unallocated,
                  Pence tokensBeyondBudget, NonPriorityMethod method, boolean priorityUnmet) {

    boolean tokenPaymentsOnly() {
        return method == NonPriorityMethod.TOKEN_PAYMENTS;
    }
}
