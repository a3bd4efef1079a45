package dev.hearth.domain.housing;

/** Why the social-sector under-occupancy deduction (UC Regs 2013 Sch 4 para 36) was not made despite spare bedrooms. */
public enum UnderOccupancyExemption {
    /** The renter is a shared owner (Sch 4 para 36(5)). */
    SHARED_OWNERSHIP,
    /** The renter (or a joint renter) has reached State Pension age. */
    PENSION_AGE,
    /** The home has additional security under a sanctuary scheme. */
    SANCTUARY_SCHEME
}
