package dev.hearth.application.port.out.identity;

import java.util.List;

/**
 * Checks an access token's form and signature, and only then reads its claims. Accepts exactly one algorithm, ES256,
 * whatever the token's header says ({@code none}, HMAC algorithms and every other are refused before any key is
 * used); the header must name a known {@code kid} and {@code typ: at+jwt}, and carry no {@code crit} parameter. The
 * claims themselves (issuer, audience, times, subject) are the caller's to check.
 */
public interface VerifyAccessTokenSignaturePort {

    /** Verifies {@code token} against the key among {@code keys} its header names. */
    SignatureCheck verify(String token, List<PublicSigningKey> keys);
}
