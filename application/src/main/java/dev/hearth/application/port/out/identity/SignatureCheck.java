package dev.hearth.application.port.out.identity;

import java.util.Objects;

/**
 * The outcome of {@link VerifyAccessTokenSignaturePort#verify}: either verified (a key id and the claims, not yet
 * checked) or refused (why, before the claims could be trusted).
 *
 * @param rejection why the token was refused, or null when it verified
 * @param kid       the key that signed it, when verified
 * @param claims    its claims, when verified
 */
public record SignatureCheck(TokenRejection rejection, String kid, AccessTokenClaims claims) {

    public SignatureCheck {
        if ((rejection == null) == (kid == null || claims == null)) {
            throw new IllegalArgumentException("a check is either refused with a reason, or verified with kid and claims");
        }
    }

    /** The signature is valid and made by the published key {@code kid}. */
    public static SignatureCheck verified(String kid, AccessTokenClaims claims) {
        return new SignatureCheck(null, Objects.requireNonNull(kid, "kid"), Objects.requireNonNull(claims, "claims"));
    }

    /** The token was refused for {@code reason}. */
    public static SignatureCheck refused(TokenRejection reason) {
        return new SignatureCheck(Objects.requireNonNull(reason, "reason"), null, null);
    }

    /** Whether the signature verified. */
    public boolean isVerified() {
        return rejection == null;
    }
}
