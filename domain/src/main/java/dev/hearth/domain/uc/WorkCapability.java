package dev.hearth.domain.uc;

/**
 * What the Department for Work and Pensions has decided about a claimant's capability for work (a work capability
 * assessment), as the claimant reports it.
 */
public enum WorkCapability {
    /** No limited capability for work has been found (or no assessment yet). */
    NONE,
    /**
     * Limited capability for work (LCW). Gives a work allowance (UC Regs 2013 reg 22(1)(b)); the LCW element itself is
     * paid only where the claimant has had it since before 3 April 2017 (see
     * {@link Claimant#lcwElementFromBeforeApril2017()}).
     */
    LCW,
    /** Limited capability for work and work-related activity (LCWRA): the LCWRA ("health") element, reg 27. */
    LCWRA
}
