package dev.hearth.domain.uc.whatif;

/**
 * What changes in a household. The kind decides which effective-date rule applies (D&amp;A Regs Sch 1): every kind
 * here follows the general rule of para 20 (and para 21 when a change that raises the award is reported late), except
 * {@link #OTHER_BENEFIT}, which follows para 31.
 */
public enum ChangeKind {
    PARTNER_MOVES_IN("a partner moves in (a joint claim as a couple)"),
    PARTNER_MOVES_OUT("a partner moves out (a claim as a single person)"),
    CHILD_BORN("a child is born or joins the household"),
    CHILD_LEAVES("a child leaves the household"),
    RENT_CHANGES("the rent or service charges change"),
    NON_DEPENDANT_MOVES_IN("a non-dependant moves in"),
    NON_DEPENDANT_MOVES_OUT("a non-dependant moves out"),
    CAPITAL_CHANGES("savings or other capital change"),
    MOVES_INTO_LONDON("the household moves into Greater London"),
    MOVES_OUT_OF_LONDON("the household moves out of Greater London"),
    EARNINGS_CHANGE("earnings change"),
    /** Someone in the family starts, stops or changes the rate of another benefit (para 31). */
    OTHER_BENEFIT("someone in the family starts, stops or changes the rate of another benefit"),
    OTHER("another change of circumstances");

    private final String description;

    ChangeKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
