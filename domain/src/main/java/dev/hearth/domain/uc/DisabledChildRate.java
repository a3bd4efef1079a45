package dev.hearth.domain.uc;

/**
 * The additional amount for a disabled child or qualifying young person (UC Regs 2013 reg 24(2)), as the household
 * reports it.
 */
public enum DisabledChildRate {
    /** No disability addition. */
    NONE,
    /** Lower rate: the child is entitled to DLA, Child Disability Payment, Adult Disability Payment or PIP (reg 24(2)(a)). */
    LOWER,
    /**
     * Higher rate: DLA care component at the highest rate, CDP care at the highest rate, ADP or PIP daily living at the
     * enhanced rate, or certified severely sight impaired or blind (reg 24(2)(b)).
     */
    HIGHER
}
