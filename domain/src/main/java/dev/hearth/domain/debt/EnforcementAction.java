package dev.hearth.domain.debt;

/**
 * An enforcement step already under way on a debt. Any debt with one is dealt with first, whatever its type (uk-rules.md
 * §3.3 item 1, from the CPAG advice to take "emergency action" first).
 */
public enum EnforcementAction {
    /** A date has been set for eviction or repossession. */
    EVICTION_DATE("eviction or repossession date set"),
    /** An enforcement agent (bailiff) or sheriff officer notice has been received. */
    ENFORCEMENT_AGENT_NOTICE("enforcement agent notice received"),
    /** A committal (means inquiry) hearing has been listed. */
    COMMITTAL_HEARING("committal hearing listed"),
    /** The supplier has warned of disconnection or a forced prepayment meter. */
    DISCONNECTION_WARNING("disconnection warning received");

    private final String label;

    EnforcementAction(String label) {
        this.label = label;
    }

    /** Plain-English name for explanations. */
    public String label() {
        return label;
    }
}
