package dev.hearth.domain.debt;

/** Where a debt's classification came from. */
public enum ClassificationBasis {
    /** The classification table ({@link DebtClassifications}). */
    TABLE,
    /** The table's classification changed by the debt's circumstances, with the reason ({@link DebtCircumstances}). */
    CIRCUMSTANCES,
    /** An adviser's classification, with a recorded justification. */
    ADVISER
}
