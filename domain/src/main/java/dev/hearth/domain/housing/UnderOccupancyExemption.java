package dev.hearth.domain.housing;

/** Why the social-sector under-occupancy deduction (UC Regs 2013 Sch 4 para 36) was not made despite spare bedrooms. */
public enum UnderOccupancyExemption {
    /** The renter is a shared owner (Sch 4 para 36(5)). */
    SHARED_OWNERSHIP,
    /**
     * The home is adapted under a sanctuary scheme because someone in the household has had domestic violence
     * inflicted or threatened (Sch 4 para 36, as amended by SI 2021/991 reg 4, for assessment periods from
     * 1 October 2021).
     */
    SANCTUARY_SCHEME
}
