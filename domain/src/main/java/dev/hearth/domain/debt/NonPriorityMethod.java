package dev.hearth.domain.debt;

/** How what is left after priority payments was shared among non-priority creditors. */
public enum NonPriorityMethod {
    /** There are no non-priority debts. */
    NO_NON_PRIORITY_DEBTS,
    /** Enough is left to pay every non-priority balance in full this month. */
    PAID_IN_FULL,
    /** Shared pro rata to balance, pennies apportioned by the largest-remainder rule. */
    PRO_RATA,
    /** Too little is left to give each creditor the token amount: each is offered the token payment. */
    TOKEN_PAYMENTS
}
