package dev.hearth.domain.timing;

import dev.hearth.domain.place.Nation;

/**
 * The three bank-holiday lists the UK publishes (gov.uk/bank-holidays has one per division). Wales has no list of its
 * own: the Banking and Financial Dealings Act 1971 Sch 1 para 1 covers England and Wales together.
 */
public enum BankHolidayDivision {
    ENGLAND_AND_WALES("England and Wales"),
    SCOTLAND("Scotland"),
    NORTHERN_IRELAND("Northern Ireland");

    private final String displayName;

    BankHolidayDivision(String displayName) {
        this.displayName = displayName;
    }

    /** The name as an auditor would write it, e.g. "England and Wales". */
    public String displayName() {
        return displayName;
    }

    /** The list that applies in a nation: England and Wales share one. */
    public static BankHolidayDivision of(Nation nation) {
        return switch (nation) {
            case ENGLAND, WALES -> ENGLAND_AND_WALES;
            case SCOTLAND -> SCOTLAND;
            case NORTHERN_IRELAND -> NORTHERN_IRELAND;
        };
    }
}
