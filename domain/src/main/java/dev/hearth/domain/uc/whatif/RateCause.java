package dev.hearth.domain.uc.whatif;

/** What sets the marginal deduction rate between two points of an earnings curve. */
public enum RateCause {
    /** Only the taper: the rate is the taper rate (55%), give or take a penny of reg 6(1) rounding. */
    TAPER,
    /** Some or all of the extra earnings fall within the work allowance, where nothing is deducted. */
    WORK_ALLOWANCE,
    /** The benefit cap reduces the award at one end or both, or its earnings exception starts to apply. */
    BENEFIT_CAP,
    /** There is no award at one end or both (the taper has used it up, or none is due at all). */
    ENTITLEMENT,
    /** The maximum amount differs at the two ends (the childcare costs element's work condition). */
    MAXIMUM_AMOUNT
}
