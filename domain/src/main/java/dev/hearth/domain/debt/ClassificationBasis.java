package dev.hearth.domain.debt;

/** Where a debt's classification came from. */
public enum ClassificationBasis {
    /** The classification table ({@link DebtClassifications}). */
    TABLE,
    /** An adviser's classification of a contested type, with a recorded justification. */
    ADVISER
}
