package dev.hearth.domain.debt;

/** The three expenditure groups of the Standard Financial Statement (Business Debtline's SFS-aligned budget). */
public enum SfsGroup {
    /** Costs that are fixed in the short term: home and contents, travel, care and health, school, insurances. */
    FIXED_COSTS,
    /** Costs the household has some control over: communications and leisure, food and housekeeping, personal. */
    FLEXIBLE_COSTS,
    /** Regular saving. */
    SAVINGS
}
