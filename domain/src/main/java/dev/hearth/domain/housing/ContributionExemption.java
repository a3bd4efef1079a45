package dev.hearth.domain.housing;

/**
 * Why no housing cost contribution is taken for a non-dependant: either the renter is exempt (UC Regs 2013 Sch 4
 * para 15, which removes every contribution) or the non-dependant is (para 16(2)).
 */
public enum ContributionExemption {
    /** The renter, or either joint renter, is blind or gets a qualifying disability benefit (para 15). */
    RENTER_EXEMPT("the renter or a joint renter is exempt", "Sch 4 para 15"),
    UNDER_21("aged under 21", "Sch 4 para 16(2)(a)"),
    STATE_PENSION_CREDIT("receives State Pension Credit", "Sch 4 para 16(2)(b)"),
    DLA_CARE_MIDDLE_OR_HIGHEST("receives DLA care component at the middle or highest rate", "Sch 4 para 16(2)(c)"),
    ATTENDANCE_ALLOWANCE("receives Attendance Allowance", "Sch 4 para 16(2)(d)"),
    PIP_DAILY_LIVING("receives PIP daily living component", "Sch 4 para 16(2)(e)"),
    BENEFIT_SUSPENDED_IN_HOSPITAL("entitled to DLA care (middle/highest), AA or PIP daily living but not paid it during a hospital or care-home stay", "Sch 4 para 16(2)(f)"),
    CARERS_ALLOWANCE("receives Carer's Allowance", "Sch 4 para 16(2)(g)"),
    PRISONER("is a prisoner", "Sch 4 para 16(2)(h)"),
    RESPONSIBLE_FOR_CHILD_UNDER_5("is responsible for a child under 5", "Sch 4 para 16(2)(i)"),
    ARMED_FORCES_AWAY_ON_OPERATIONS("is the renter's son, daughter or step-child in the armed forces, away on operations, intending to return", "Sch 4 para 16(2)(j)");

    private final String description;
    private final String legalReference;

    ContributionExemption(String description, String legalReference) {
        this.description = description;
        this.legalReference = legalReference;
    }

    public String description() {
        return description;
    }

    public String legalReference() {
        return legalReference;
    }
}
