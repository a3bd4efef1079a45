package dev.hearth.application.service.auth;

import dev.hearth.application.port.out.identity.ThrottleRule;
import java.time.Duration;
import java.util.Objects;

/**
 * The numbers of API keys, in one place an auditor can read (ADR 0020).
 *
 * @param defaultLifetime         how long a key lives when its creator does not say
 * @param maxLifetime             the longest lifetime a key may be given
 * @param rotationOverlap         how long a rotated key keeps working beside its successor
 *                                ({@code HEARTH_API_KEY_ROTATION_OVERLAP_HOURS})
 * @param lastUsedResolution      a key's last use is written at most this often (one write per key per interval)
 * @param rejectionAuditPerAddress refused keys audited per client address in a window; more are refused unaudited, so
 *                                garbage cannot flood the audit chain
 */
public record ApiKeyPolicy(Duration defaultLifetime, Duration maxLifetime, Duration rotationOverlap,
                           Duration lastUsedResolution, ThrottleRule rejectionAuditPerAddress) {

    /** 90 days unless the creator asks otherwise. */
    public static final Duration DEFAULT_LIFETIME = Duration.ofDays(90);
    /** At most a year: a key nobody rotates should not live for ever. */
    public static final Duration MAX_LIFETIME = Duration.ofDays(365);
    /** A rotated key works for 24 hours more by default. */
    public static final Duration ROTATION_OVERLAP = Duration.ofHours(24);
    /** Last use is recorded to the minute. */
    public static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);
    /** 20 audited refusals per client address a minute. */
    public static final ThrottleRule REJECTION_AUDIT_PER_ADDRESS = new ThrottleRule("api_key_rejection_audit",
            RejectionAuditAllowance.PER_ADDRESS, RejectionAuditAllowance.WINDOW);

    public ApiKeyPolicy {
        for (Duration d : new Duration[] {defaultLifetime, maxLifetime, rotationOverlap, lastUsedResolution}) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("every duration of the API-key policy must be positive");
            }
        }
        if (defaultLifetime.compareTo(maxLifetime) > 0) {
            throw new IllegalArgumentException("the default lifetime cannot exceed the maximum");
        }
        if (rotationOverlap.compareTo(Duration.ofDays(30)) > 0) {
            throw new IllegalArgumentException("a rotation overlap longer than 30 days defeats rotation");
        }
        Objects.requireNonNull(rejectionAuditPerAddress, "rejectionAuditPerAddress");
    }

    /** The defaults, with this rotation overlap. */
    public static ApiKeyPolicy defaults(Duration rotationOverlap) {
        return new ApiKeyPolicy(DEFAULT_LIFETIME, MAX_LIFETIME, rotationOverlap, LAST_USED_RESOLUTION,
                REJECTION_AUDIT_PER_ADDRESS);
    }
}
