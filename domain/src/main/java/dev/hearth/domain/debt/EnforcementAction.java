package dev.hearth.domain.debt;

/**
 * An enforcement event on a debt: a step that has happened (the date it happened or the notice was received) or will
 * happen (the date set for a hearing or an eviction). How urgent each is, what it threatens next and when it stops
 * counting is in {@code EnforcementLadder}; the urgency rules are {@code debt.enforcement.urgency} and
 * {@code debt.enforcement.stale}.
 */
public enum EnforcementAction {
    /** A date has been set for eviction or repossession (the date the home is lost unless the court stops it). */
    EVICTION_DATE("eviction or repossession date set"),
    /** An enforcement agent (bailiff) or sheriff officer notice (a notice of enforcement) has been received. */
    ENFORCEMENT_AGENT_NOTICE("enforcement agent notice received"),
    /** A committal (means inquiry) hearing has been listed. */
    COMMITTAL_HEARING("committal hearing listed"),
    /** The supplier has warned of disconnection or a forced prepayment meter. */
    DISCONNECTION_WARNING("disconnection warning received"),
    /** A letter before action (letter of claim under the Pre-Action Protocol for Debt Claims) has been received. */
    LETTER_BEFORE_ACTION("letter before action received"),
    /** A default notice (Consumer Credit Act 1974 s.87) has been received. */
    DEFAULT_NOTICE("default notice received"),
    /** A county court money claim has been issued. */
    COUNTY_COURT_CLAIM("county court claim issued"),
    /** A county court judgment (CCJ) has been made. */
    COUNTY_COURT_JUDGMENT("county court judgment made"),
    /** A liability order (council tax) has been made by the magistrates' court. */
    LIABILITY_ORDER("liability order made"),
    /** A possession claim on the home has been issued. */
    POSSESSION_CLAIM("possession claim issued"),
    /** A possession hearing has been listed. */
    POSSESSION_HEARING("possession hearing listed"),
    /** A possession order has been made. */
    POSSESSION_ORDER("possession order made"),
    /** A warrant (or writ) of possession has been issued: bailiffs may now evict. */
    WARRANT_OF_POSSESSION("warrant of possession issued");

    private final String label;

    EnforcementAction(String label) {
        this.label = label;
    }

    /** Plain-English name for explanations. */
    public String label() {
        return label;
    }
}
