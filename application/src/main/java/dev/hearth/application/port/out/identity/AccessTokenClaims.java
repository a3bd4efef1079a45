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
 * @param authTime  {@code auth_time} (OpenID Connect Core 1.0 §2): when the person behind the session last proved who
 *                  they are with their password; kept across refreshes of one session. Null when absent.
 * @param sessionId {@code sid} (OpenID Connect Front-Channel Logout §3): the session the token belongs to, the id of
 *                  its refresh-token family; logging out or a detected reuse ends the session, and every access token
 *                  of it is refused from then on (ADR 0018). Null when absent.
 */
public record AccessTokenClaims(String issuer, List<String> audience, String subject, Instant issuedAt,
                                Instant notBefore, Instant expiresAt, String tokenId, List<String> scopes,
                                Instant authTime, String sessionId) {

    public AccessTokenClaims {
        audience = audience == null ? List.of() : List.copyOf(audience);
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
    }

    /** Claims without a session id. */
    public AccessTokenClaims(String issuer, List<String> audience, String subject, Instant issuedAt,
                             Instant notBefore, Instant expiresAt, String tokenId, List<String> scopes,
                             Instant authTime) {
        this(issuer, audience, subject, issuedAt, notBefore, expiresAt, tokenId, scopes, authTime, null);
    }

    /** Claims without {@code auth_time} or a session id. */
    public AccessTokenClaims(String issuer, List<String> audience, String subject, Instant issuedAt,
                             Instant notBefore, Instant expiresAt, String tokenId, List<String> scopes) {
        this(issuer, audience, subject, issuedAt, notBefore, expiresAt, tokenId, scopes, null, null);
    }
}
