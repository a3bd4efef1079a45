package dev.hearth.domain.uc;

/** A reason the benefit cap does not apply (UC Regs regs 82 and 83). */
public enum BenefitCapException {
    EARNINGS_AT_THRESHOLD("earned income is at least the earnings threshold", "UC Regs reg 82(1)(a)"),
    GRACE_PERIOD("the assessment period is in a grace period", "UC Regs reg 82(1)(b)"),
    LCWRA_OR_ESA_SUPPORT("the award includes the LCWRA element, or a claimant gets ESA with the support component", "UC Regs reg 83(1)(a)"),
    CARER("the award includes the carer element, or a claimant gets Carer's Allowance", "UC Regs reg 83(1); gov.uk benefit cap"),
    CLAIMANT_DISABILITY_OR_INJURY_BENEFIT("a claimant gets a qualifying disability, injury, war or armed forces benefit, or Guardian's Allowance",
            "UC Regs reg 83(1)(b)-(h); gov.uk benefit cap"),
    CHILD_DISABILITY_BENEFIT("a child or qualifying young person gets DLA, PIP, Child or Adult Disability Payment", "UC Regs reg 83(1)(f)-(g)"),
    /**
     * No longer given by the engine: reg 83(1) has no State Pension age exception, and gov.uk says the cap may apply to
     * a couple of whom one is under State Pension age (a single claimant or a couple both over it get no UC at all).
     * Kept so that results saved before the correction still read, and replay shows the change on its line.
     *
     * @deprecated not an exception in law; never produced since the hardening release
     */
    @Deprecated
    STATE_PENSION_AGE("a claimant has reached State Pension age (withdrawn: not an exception in UC Regs reg 83(1))",
            "UC Regs reg 83(1); gov.uk benefit-cap/when-youre-not-affected");

    private final String description;
    private final String legalReference;

    BenefitCapException(String description, String legalReference) {
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
