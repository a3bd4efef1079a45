package dev.hearth.domain.uc;

/**
 * A kind of payment a household receives other than earnings. Each type says, with its legal basis, whether Universal
 * Credit deducts it as unearned income (UC Regs 2013 reg 66, deducted in full under reg 22(1)(a)), whether it counts
 * towards the benefit cap (reg 79-80; Welfare Reform Act 2012 s.96) and whether receiving it takes the household out of
 * the benefit cap (reg 83).
 */
public enum OtherIncomeType {
    NEW_STYLE_JSA("new-style Jobseeker's Allowance", true, true, false, "reg 66(1)(b); welfare benefit for the cap"),
    NEW_STYLE_ESA("new-style Employment and Support Allowance", true, true, false, "reg 66(1)(b); welfare benefit for the cap"),
    NEW_STYLE_ESA_WITH_SUPPORT_COMPONENT("new-style ESA including the support component", true, true, true,
            "reg 66(1)(b); welfare benefit for the cap; reg 83(1)(a) exception"),
    CARERS_ALLOWANCE("Carer's Allowance (or Carer Support Payment)", true, false, true,
            "reg 66(1)(b); not a welfare benefit for the cap since 2016; exception (gov.uk benefit cap)"),
    MATERNITY_ALLOWANCE("Maternity Allowance", true, true, false, "reg 66(1)(b); welfare benefit for the cap"),
    BEREAVEMENT_OR_WIDOWS_BENEFIT("bereavement allowance, widowed mother's or parent's allowance, or widow's pension", true, true,
            false, "reg 66(1)(b); welfare benefits for the cap"),
    INDUSTRIAL_INJURIES_BENEFIT("Industrial Injuries Disablement Benefit", true, false, true,
            "reg 66(1)(b); reg 83(1)(b) exception"),
    WAR_PENSION("war pension", false, false, true, "reg 83(1)(d) exception"),
    ARMED_FORCES_COMPENSATION("Armed Forces Compensation Scheme payment under art 15(1)(c) or 29(1)(a)", false, false, true,
            "reg 83(1)(e) exception"),
    GUARDIANS_ALLOWANCE("Guardian's Allowance", false, false, true,
            "disregarded; not a welfare benefit for the cap since 2016; exception (gov.uk benefit cap)"),
    DISABILITY_MOBILITY_COMPONENT("DLA, PIP or ADP mobility component (no care or daily living component)", false, false, true,
            "disregarded; reg 83(1)(f)-(g) exception"),
    CHILD_BENEFIT("Child Benefit", false, true, false, "disregarded for UC; welfare benefit for the cap"),
    PENSION_INCOME("State, occupational or personal pension", true, false, false, "reg 66(1)(a)"),
    SPOUSAL_MAINTENANCE("maintenance paid for the claimant by a former partner", true, false, false, "reg 66(1)(d)"),
    CHILD_MAINTENANCE("child maintenance", false, false, false, "disregarded (not listed in reg 66)"),
    OTHER_UNEARNED_INCOME("other unearned income counted by reg 66, at the amount to count", true, false, false, "reg 66"),
    OTHER_DISREGARDED("other income that reg 66 does not count", false, false, false, "not listed in reg 66");

    private final String description;
    private final boolean unearnedIncome;
    private final boolean welfareBenefitForCap;
    private final boolean benefitCapException;
    private final String legalBasis;

    OtherIncomeType(String description, boolean unearnedIncome, boolean welfareBenefitForCap, boolean benefitCapException,
                    String legalBasis) {
        this.description = description;
        this.unearnedIncome = unearnedIncome;
        this.welfareBenefitForCap = welfareBenefitForCap;
        this.benefitCapException = benefitCapException;
        this.legalBasis = legalBasis;
    }

    public String description() {
        return description;
    }

    /** True when UC deducts this in full as unearned income (reg 66, reg 22(1)(a)). */
    public boolean isUnearnedIncome() {
        return unearnedIncome;
    }

    /** True when it counts towards the benefit cap total (reg 79-80). */
    public boolean isWelfareBenefitForCap() {
        return welfareBenefitForCap;
    }

    /** True when receiving it means the benefit cap does not apply (reg 83; gov.uk). */
    public boolean isBenefitCapException() {
        return benefitCapException;
    }

    /** The legal basis for the three flags. */
    public String legalBasis() {
        return legalBasis;
    }
}
