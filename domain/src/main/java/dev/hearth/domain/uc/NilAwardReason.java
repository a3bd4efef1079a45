package dev.hearth.domain.uc;

/** Why an estimate comes to no award. A nil award is a result with reasons, never an exception. */
public enum NilAwardReason {
    /** The claimant (or both joint claimants) have reached State Pension age. */
    STATE_PENSION_AGE("the claimant has reached State Pension age: Pension Credit is the benefit to claim",
            "WRA 2012 s.4(1)(b)"),
    /** One joint claimant has reached State Pension age and the couple has no award from before 15 May 2019. */
    MIXED_AGE_COUPLE("one of the couple has reached State Pension age: since 15 May 2019 a mixed-age couple claims "
            + "Pension Credit, unless they already had Universal Credit", "WRA 2012 s.4(1)(b); SI 2019/37"),
    /** Capital above the upper limit. */
    CAPITAL_ABOVE_LIMIT("capital is above £16,000", "WRA 2012 s.5; UC Regs reg 18(1)"),
    /** Income deductions are at least the maximum amount. */
    INCOME_TOO_HIGH("income is too high: the income deductions are at least the maximum amount", "WRA 2012 s.8(1); UC Regs reg 22"),
    /** The benefit cap reduced the award to nil. */
    BENEFIT_CAP("the benefit cap reduces the award to nil", "UC Regs reg 81");

    private final String description;
    private final String legalReference;

    NilAwardReason(String description, String legalReference) {
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
