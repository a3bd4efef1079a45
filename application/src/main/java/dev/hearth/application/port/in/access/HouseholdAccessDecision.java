package dev.hearth.application.port.in.access;

import java.util.Objects;

/**
 * The answer of an access check.
 *
 * @param outcome what the caller gets
 * @param basis   why, as a short code for logs and tests: {@code role:owner}, {@code crisis_override},
 *                {@code support}, {@code not_a_member}, {@code role_lacks_permission}, {@code no_such_household}
 */
public record HouseholdAccessDecision(Outcome outcome, String basis) {

    /** The three answers. */
    public enum Outcome {
        /** Go on to the handler. */
        ALLOWED,
        /** Answer 404, exactly as for a household that does not exist: the caller must not learn that it does. */
        NOT_FOUND,
        /** Answer 403: the caller may know the household but not do this. */
        FORBIDDEN
    }

    public HouseholdAccessDecision {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(basis, "basis");
    }

    public static HouseholdAccessDecision allowed(String basis) {
        return new HouseholdAccessDecision(Outcome.ALLOWED, basis);
    }

    public static HouseholdAccessDecision notFound(String basis) {
        return new HouseholdAccessDecision(Outcome.NOT_FOUND, basis);
    }

    public static HouseholdAccessDecision forbidden(String basis) {
        return new HouseholdAccessDecision(Outcome.FORBIDDEN, basis);
    }

    public boolean allowed() {
        return outcome == Outcome.ALLOWED;
    }
}
