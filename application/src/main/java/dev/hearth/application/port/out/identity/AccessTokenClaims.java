package dev.hearth.application.port.out.identity;

import java.time.Instant;
import java.util.List;

/**
 * The claims of an access token. No personal data: the subject is the account's UUID, never an e-mail address or a
 * name. When read back from a token whose signature was verified, any claim may be missing (null, or an empty list):
 * the verifying service checks each one.
 *
 * @param issuer    {@code iss}: who issued the token (Hearth's configured issuer)
 * @param audience  {@code aud}: who it is for (Hearth's configured audience)
 * @param subject   {@code sub}: the account's UUID
 * @param issuedAt  {@code iat}
 * @param notBefore {@code nbf}
 * @param expiresAt {@code exp}
 * @param tokenId   {@code jti}: a random id, unique per token
 * @param scopes    {@code scope}: what the token allows, space-separated in the token
 */
public record AccessTokenClaims(String issuer, List<String> audience, String subject, Instant issuedAt,
                                Instant notBefore, Instant expiresAt, String tokenId, List<String> scopes) {

    public AccessTokenClaims {
        audience = audience == null ? List.of() : List.copyOf(audience);
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
    }
}
