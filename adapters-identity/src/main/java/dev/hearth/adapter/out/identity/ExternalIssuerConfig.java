package dev.hearth.adapter.out.identity;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * How Hearth reaches an external token issuer's keys (ADR 0020).
 *
 * @param issuer             the issuer's {@code iss} ({@code HEARTH_EXTERNAL_ISSUER})
 * @param jwksUrl            where its JWKS is published ({@code HEARTH_EXTERNAL_JWKS_URL})
 * @param algorithms         the JWS algorithms accepted: a subset of {@link #ASYMMETRIC}
 * @param cacheFor           how long fetched keys are used before a refresh is tried
 * @param maxStale           how long past {@code cacheFor} the last keys are still used while the issuer is unreachable
 * @param minRefreshInterval at most one refresh for an unknown {@code kid} per interval
 * @param fetchTimeout       connect and read limit of one fetch
 * @param breakerFailures    consecutive failed fetches that open the circuit
 * @param breakerDelay       how long the circuit stays open before one trial fetch
 */
public record ExternalIssuerConfig(String issuer, URI jwksUrl, Set<String> algorithms, Duration cacheFor,
                                   Duration maxStale, Duration minRefreshInterval, Duration fetchTimeout,
                                   int breakerFailures, Duration breakerDelay) {

    /** The algorithms that may ever be accepted: asymmetric only (an HMAC secret would be shared with the issuer). */
    public static final Set<String> ASYMMETRIC = Set.of("RS256", "ES256", "EdDSA");

    public ExternalIssuerConfig {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(jwksUrl, "jwksUrl");
        algorithms = Set.copyOf(algorithms);
        if (algorithms.isEmpty() || !ASYMMETRIC.containsAll(algorithms)) {
            throw new IllegalArgumentException("accepted algorithms are a non-empty subset of " + ASYMMETRIC);
        }
        for (Duration d : new Duration[] {cacheFor, maxStale, minRefreshInterval, fetchTimeout, breakerDelay}) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("every duration must be positive");
            }
        }
        if (breakerFailures < 1) {
            throw new IllegalArgumentException("breakerFailures is at least 1");
        }
    }

    /**
     * The defaults: all three algorithms, keys cached 5 minutes and used up to an hour more while the issuer is away,
     * at most one unknown-kid refresh every 30 seconds, 3-second fetches, the circuit opening after 3 failures for 30
     * seconds.
     */
    public static ExternalIssuerConfig defaults(String issuer, URI jwksUrl) {
        return new ExternalIssuerConfig(issuer, jwksUrl, ASYMMETRIC, Duration.ofMinutes(5), Duration.ofHours(1),
                Duration.ofSeconds(30), Duration.ofSeconds(3), 3, Duration.ofSeconds(30));
    }
}
