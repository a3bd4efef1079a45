package dev.hearth.domain.uc;

/**
 * An exception to the two-child limit (UC Regs 2013 reg 24A and Schedule 12) that applies to a child. It matters only
 * for assessment periods that start before 6 April 2026, when the limit was abolished.
 */
public enum TwoChildLimitException {
    /** No exception applies. */
    NONE,
    /**
     * One of two or more children born of the same pregnancy, the claimant is a parent (not by adoption) responsible for
     * at least two of them, and this child is not the first of them in the order (Sch 12 para 2). Mark every child of
     * the birth except the first.
     */
    MULTIPLE_BIRTH,
    /** Placed for adoption with, or adopted by, the claimant, outside the excluded cases (Sch 12 para 3). */
    ADOPTION,
    /** The claimant is a friend or family carer of the child, or responsible for a child who is its parent (Sch 12 para 4). */
    NON_PARENTAL_CARING_ARRANGEMENTS,
    /** The child was likely conceived as a result of non-consensual conception (Sch 12 para 5). */
    NON_CONSENSUAL_CONCEPTION
}
