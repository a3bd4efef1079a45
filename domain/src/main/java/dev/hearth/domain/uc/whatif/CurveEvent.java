package dev.hearth.domain.uc.whatif;

/** Something that changes along an earnings curve, where the deduction rate stops being the plain taper. */
public enum CurveEvent {
    /** Combined earnings pass the work allowance: from here 55% of each extra pound is deducted. */
    WORK_ALLOWANCE_ENDS("earnings pass the work allowance: from here the taper deducts a share of each extra pound",
            "UC Regs reg 22(1)(b), (2)"),
    /** The award reaches nil: the taper has used it up. */
    ENTITLEMENT_ENDS("the award reaches nil: the taper has used it up, so extra earnings are all kept",
            "WRA 2012 s.8(1), (3); UC Regs reg 22"),
    /** An award starts (for instance the childcare costs element appears once someone is in paid work). */
    ENTITLEMENT_STARTS("an award starts", "WRA 2012 s.8(1), (3); UC Regs reg 22"),
    /** The benefit cap starts reducing the award. */
    BENEFIT_CAP_STARTS("the benefit cap starts reducing the award", "UC Regs regs 79-81"),
    /** The benefit cap stops reducing the award (the award before the cap has fallen within the cap). */
    BENEFIT_CAP_STOPS("the benefit cap stops reducing the award: welfare benefits are now within the cap",
            "UC Regs regs 79-81"),
    /** Earned income reaches the reg 82 threshold: the cap does not apply at all. */
    CAP_EARNINGS_EXCEPTION("earned income reaches the benefit cap earnings threshold: the cap does not apply",
            "UC Regs reg 82(1)(a), (4); reg 6(1A)(za)"),
    /** The maximum amount changes (the childcare costs element's work condition, inferred from earnings). */
    MAXIMUM_AMOUNT_CHANGES("the maximum amount changes: an element depends on being in paid work (childcare costs)",
            "UC Regs reg 32 (work condition); WRA 2012 s.12(2)(c)");

    private final String description;
    private final String legalReference;

    CurveEvent(String description, String legalReference) {
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
