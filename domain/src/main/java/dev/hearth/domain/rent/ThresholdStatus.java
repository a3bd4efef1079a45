package dev.hearth.domain.rent;

/** What the engine can say about the mandatory rent-arrears possession threshold. */
public enum ThresholdStatus {
    /** The arrears are at or above the threshold on the assessment date. */
    ALREADY_REACHED,
    /** On the projection, the arrears reach the threshold on {@code thresholdDate}. */
    PROJECTED,
    /** On the projection, the arrears do not reach the threshold within the projection horizon. */
    NOT_REACHED_WITHIN_HORIZON,
    /** The law confirmed for this tenancy has no mandatory rent-arrears ground (Scottish private tenancies). */
    NO_MANDATORY_GROUND,
    /** Hearth does not model the threshold for this tenancy, nation, rent frequency or date; {@code note} says why. */
    NOT_MODELLED
}
