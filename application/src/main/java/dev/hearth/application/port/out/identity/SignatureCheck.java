package dev.hearth.application.port.out.identity;

import java.util.Objects;

/** The outcome of {@link VerifyAccessTokenSignaturePort#verify}: verified claims, or why the token was refused. */
public sealed interface SignatureCheck {

    /**
     * The signature is valid and made by a known key.
     *
     * @param kid    the key that signed it
     * @param claims the token's claims, not yet checked
     */
    record Verified(String kid, AccessTokenClaims claims) implements SignatureCheck {
        public Verified {
            Objects.requireNonNull(kid, "kid");
            Objects.requireNonNull(claims, "claims");
        }
    }

    /**
     * The token was refused before its claims could be trusted.
     *
     * @param reason why
     */
    record Refused(TokenRejection reason) implements SignatureCheck {
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
