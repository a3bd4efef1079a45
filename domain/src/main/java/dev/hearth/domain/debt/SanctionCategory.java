package dev.hearth.domain.debt;

/**
 * What a creditor can ultimately take if the debt is not paid, in the order priority debts are dealt with (uk-rules.md
 * §3.3, derived from the CPAG principle): home first, then liberty, essential services, essential goods, and other
 * priority debts; non-priority debts come last.
 */
public enum SanctionCategory {
    /** Loss of the home: eviction, repossession or forfeiture. */
    HOME(1, "loss of the home"),
    /** Loss of liberty: committal to prison is possible. */
    LIBERTY(2, "loss of liberty"),
    /** Loss of an essential service: disconnection of gas or electricity. */
    ESSENTIAL_SERVICES(3, "loss of an essential service"),
    /** Loss of essential goods: repossession of goods the household needs. */
    ESSENTIAL_GOODS(4, "loss of essential goods"),
    /** Other creditor powers beyond an ordinary court judgment (recovery without a court order, criminal penalty). */
    OTHER_PRIORITY(5, "other priority remedy"),
    /** No such remedy: the debt is non-priority. */
    NONE(6, "no priority remedy");

    private final int rank;
    private final String label;

    SanctionCategory(int rank, String label) {
        this.rank = rank;
        this.label = label;
    }

    /** The position in the priority order: 1 is dealt with first. */
    public int rank() {
        return rank;
    }

    /** Plain-English name for explanations. */
    public String label() {
        return label;
    }
}
