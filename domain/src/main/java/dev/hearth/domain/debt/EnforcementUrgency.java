package dev.hearth.domain.debt;

/**
 * How urgent the enforcement on a debt is on the plan date ({@code debt.enforcement.urgency}).
 */
public enum EnforcementUrgency {
    /** The next irreversible step can happen within the emergency window (two weeks) or already can: act now. */
    EMERGENCY,
    /** Enforcement is under way but its next step is further off. */
    UNDER_WAY,
    /** No enforcement event, or only stale ones. */
    NONE
}
