package dev.hearth.domain.uc;

/**
 * A deduction DWP makes from a Universal Credit payment. The declaration order is the order Hearth applies them in when
 * they do not all fit; that order is an assumption (see {@link UcRules#DEDUCTIONS_ORDER}) because DWP's current
 * Deductions guidance was not read.
 */
public enum DeductionType {
    /** Rent or service-charge arrears paid to the landlord: a "last resort" deduction, 10% to 20% of the standard allowance (SI 2013/380 Sch 6 para 7). */
    RENT_ARREARS("rent arrears paid to the landlord", true, true, "SI 2013/380 Sch 6 para 7"),
    /** Gas or electricity paid to the supplier: a "last resort" deduction (Sch 6 para 8). */
    FUEL("fuel (gas or electricity) paid to the supplier", true, true, "SI 2013/380 Sch 6 para 8"),
    /** Child maintenance paid to the Child Maintenance Service (Sch 6 para 10). */
    CHILD_MAINTENANCE("child maintenance", false, true, "SI 2013/380 Sch 6 para 10"),
    /** Repayment of a Universal Credit advance. */
    ADVANCE_REPAYMENT("repayment of a Universal Credit advance", false, false,
            "Social Security (Payments on Account of Benefit) Regulations 2013 (SI 2013/383); recovered by deduction"),
    /** Council tax arrears under a liability order. */
    COUNCIL_TAX_ARREARS("council tax arrears", false, true, "Council Tax (Deductions from Income Support) Regulations 1993 reg 5"),
    /** Court fines. */
    FINES("court fines", false, true, "Fines (Deductions from Income Support) Regulations 1992 reg 4"),
    /** Water charges paid to the water company (Sch 6 para 9). */
    WATER_CHARGES("water charges", false, true, "SI 2013/380 Sch 6 para 9"),
    /** Recovery of a benefit overpayment. */
    BENEFIT_OVERPAYMENT("recovery of a benefit overpayment", false, false,
            "Social Security (Overpayments and Recovery) Regulations 2013 (SI 2013/384) reg 11"),
    /** Recovery of a tax credit overpayment or other HMRC debt. */
    HMRC_DEBT("recovery of a tax credit overpayment or HMRC debt", false, false, "recovered by deduction from Universal Credit (SI 2013/384, as applied to tax credit debts)"),
    /** Any other deduction. */
    OTHER("another deduction", false, false, "as stated by DWP");

    private final String description;
    private final boolean lastResort;
    private final boolean thirdParty;
    private final String legalReference;

    DeductionType(String description, boolean lastResort, boolean thirdParty, String legalReference) {
        this.description = description;
        this.lastResort = lastResort;
        this.thirdParty = thirdParty;
        this.legalReference = legalReference;
    }

    public String description() {
        return description;
    }

    /** True for the "last resort" deductions that may take total deductions above the overall cap. */
    public boolean isLastResort() {
        return lastResort;
    }

    /** True for third-party deductions counted by the three-deduction limit of SI 2013/380 Sch 6 para 3(1)(b). */
    public boolean isThirdParty() {
        return thirdParty;
    }

    public String legalReference() {
        return legalReference;
    }
}
