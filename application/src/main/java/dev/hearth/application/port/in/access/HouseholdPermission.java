package dev.hearth.application.port.in.access;

/**
 * What a request wants to do to one household. Every household route declares exactly one; the table of which role
 * holds which permission is {@code HouseholdAccessPolicy} (ADR 0019).
 */
public enum HouseholdPermission {
    /** Read the household's facts, debts, estimates, notes and activity. Owner, member, adviser; support under an override. */
    READ,
    /** Change facts, debts and saved estimates. Owner, member. */
    WRITE,
    /** Write an adviser note. Owner, adviser. */
    NOTES,
    /** See who has access: the member list and the crisis overrides. Owner, member. */
    SEE_ACCESS,
    /** Manage members, delete the household, export everything. Owner only. */
    MANAGE,
    /** Open a crisis override. Support staff only (scope {@code support:crisis-override}), never through a role. */
    OPEN_CRISIS_OVERRIDE
}
