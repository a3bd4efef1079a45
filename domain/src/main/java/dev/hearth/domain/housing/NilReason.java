package dev.hearth.domain.housing;

/** Why the housing costs element worked out as nil. A nil element is a result with reasons, never an exception. */
public enum NilReason {
    /** No rent or eligible service charges were payable for the period. */
    NO_ELIGIBLE_HOUSING_COSTS("no rent or eligible service charges are payable", "UC Regs 2013 Sch 4 paras 3, 6"),
    /**
     * The housing cost contributions for non-dependants were at least the amount left after every other step, so the
     * element is reduced to nil; nothing more is taken from the rest of the award (Sch 4 para 14(3)).
     */
    CONTRIBUTIONS_EXCEED_ELIGIBLE_AMOUNT(
            "housing cost contributions for non-dependants are at least the eligible amount; nothing further is deducted from the rest of the award",
            "UC Regs 2013 Sch 4 para 14(3)"),
    /** Charges for a commodity such as water or fuel included in the rent took up the whole rent (para 31). */
    CHARGES_NOT_COVERED_EXCEED_RENT("charges the element does not meet take up the whole rent", "UC Regs 2013 Sch 4 para 31");

    private final String description;
    private final String legalReference;

    NilReason(String description, String legalReference) {
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
