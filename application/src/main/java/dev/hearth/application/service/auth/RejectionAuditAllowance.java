package dev.hearth.application.service.auth;

import dev.hearth.application.port.out.identity.ThrottleAttemptsPort;
import dev.hearth.application.port.out.identity.ThrottleRule;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How many refused credentials of one kind are audited per client address (ADR 0018, ADR 0020). Every refusal is
 * still answered with the same 401 {@code unauthenticated}; only its audit event is left out beyond the allowance, so
 * a flood of forged tokens or garbage keys cannot fill the hash-chained audit trail. One allowance per kind (Hearth's
 * access tokens, refresh tokens, the external issuer's tokens, API keys), each under its own {@link ThrottleRule}
 * name, so a flood of one kind never hides refusals of another from the audit trail.
 *
 * <p>The count lives in the {@link ThrottleAttemptsPort}, shared by every instance through Redis (ADR 0027): a flood
 * spread over several instances gets one allowance, not one per instance. The client address is only a throttle key: never stored, logged or audited.
 */
public final class RejectionAuditAllowance {

    /** Refusals audited per client address per {@link #WINDOW}, for every kind. */
    public static final int PER_ADDRESS = 20;
    /** The sliding window of {@link #PER_ADDRESS}. */
    public static final Duration WINDOW = Duration.ofMinutes(1);

    /** Refused Hearth access tokens ({@code auth.token_rejected}, {@code token_type: access}). */
    public static final ThrottleRule ACCESS_TOKENS = new ThrottleRule("token_rejection_audit", PER_ADDRESS, WINDOW);
    /** Refused tokens of the external issuer ({@code auth.token_rejected}, {@code token_type: external}). */
    public static final ThrottleRule EXTERNAL_TOKENS = new ThrottleRule("external_token_rejection_audit", PER_ADDRESS,
            WINDOW);

    /** Refused refresh tokens ({@code auth.token_rejected}, {@code token_type: refresh}). */
    public static final ThrottleRule REFRESH_TOKENS = new ThrottleRule("refresh_token_rejection_audit", PER_ADDRESS,
            WINDOW);

    private final ThrottleAttemptsPort throttle;
    private final ThrottleRule rule;

    /** An allowance counted in {@code throttle} under {@code rule}. */
    public RejectionAuditAllowance(ThrottleAttemptsPort throttle, ThrottleRule rule) {
        this.throttle = Objects.requireNonNull(throttle, "throttle");
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    /** The rule it counts under. */
    public ThrottleRule rule() {
        return rule;
    }

    /**
     * Whether a refusal from {@code clientAddress} at {@code now} may be audited; when it may, it is counted.
     */
    boolean admit(String clientAddress, Instant now) {
        if (throttle.blockedFor(rule, clientAddress, now).isPresent()) {
            return false;
        }
        throttle.recordFailure(rule, clientAddress, now);
        return true;
    }
}
