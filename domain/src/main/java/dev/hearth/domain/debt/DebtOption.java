package dev.hearth.domain.debt;

/** A formal or statutory debt option whose coverage the plan lists ({@code debt.options.coverage}). */
public enum DebtOption {
    /** England and Wales: standard Breathing Space (SI 2020/1311). */
    BREATHING_SPACE,
    /** England and Wales: mental health crisis Breathing Space (SI 2020/1311). */
    MENTAL_HEALTH_CRISIS_BREATHING_SPACE,
    /** England and Wales: Debt Relief Order (Insolvency Act 1986 Part 7A). */
    DEBT_RELIEF_ORDER,
    /** England and Wales: bankruptcy (Insolvency Act 1986 Part 9). */
    BANKRUPTCY,
    /** England and Wales: individual voluntary arrangement (Insolvency Act 1986 Part 8). */
    IVA,
    /** Scotland: statutory moratorium on diligence (Bankruptcy (Scotland) Act 2016). */
    SCOTTISH_MORATORIUM,
    /** Scotland: sequestration, including the Minimal Asset Process (Bankruptcy (Scotland) Act 2016). */
    SEQUESTRATION,
    /** Scotland: protected trust deed (Bankruptcy (Scotland) Act 2016). */
    PROTECTED_TRUST_DEED,
    /** Scotland: Debt Arrangement Scheme (Debt Arrangement and Attachment (Scotland) Act 2002). */
    DEBT_ARRANGEMENT_SCHEME
}
