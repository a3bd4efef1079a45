package dev.hearth.domain.housing;

/**
 * Which landlord sector the renter's home is in; it decides how the housing costs element is capped.
 */
public enum Tenure {
    /**
     * Social rented sector: a local authority or private registered provider (housing association) landlord. Rent is
     * not capped at the LHA; the under-occupancy deduction may apply (UC Regs 2013 Sch 4 Part 5, paras 30-36).
     */
    SOCIAL,
    /**
     * Private rented sector, including temporary accommodation provided by a council under its homelessness duties.
     * Rent is capped at the Local Housing Allowance for the bedroom entitlement (UC Regs 2013 Sch 4 Part 4, paras 25-29).
     */
    PRIVATE
}
