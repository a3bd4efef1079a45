package dev.hearth.application.port.out.identity;

/**
 * Verifies access tokens of the configured external issuer (for example a Better Auth deployment) against its JWKS,
 * fetched over HTTP, cached and refreshed, behind a circuit breaker (ADR 0020). Only asymmetric algorithms are
 * accepted; the header's {@code kid} must name a key of the issuer's JWKS. The claims are the caller's to check.
 */
public interface VerifyExternalTokenPort {

    /** The issuer this port verifies for ({@code HEARTH_EXTERNAL_ISSUER}). */
    String issuer();

    /**
     * Whether the token <em>says</em> it comes from this issuer (its {@code iss}, read without verifying anything):
     * only decides which verifier to try.
     */
    boolean claimsIssuer(String token);

    /**
     * Verifies the token's form and signature.
     *
     * @throws dev.hearth.application.error.ApplicationException {@code SERVICE_UNAVAILABLE} (with a retry-after) when
     *         the issuer's keys are needed and cannot be fetched, or its circuit is open
     */
    SignatureCheck verify(String token);
}
