package dev.hearth.application.port.out.identity;

import java.util.Locale;

/**
 * Why an access token was refused: recorded in the audit trail ({@code auth.token_rejected}, detail {@code reason}),
 * never told to the caller, who always gets the same 401 {@code unauthenticated}.
 */
public enum TokenRejection {
    /** Not a compact JWS, or its header or claims are not readable JSON. */
    MALFORMED,
    /** Longer than Hearth's limit for a token (checked before parsing). */
    TOO_LARGE,
    /** The header names an algorithm other than ES256 ({@code none}, {@code HS256}, ...). */
    ALGORITHM_NOT_ALLOWED,
    /** The header's {@code typ} is not {@code at+jwt}, or it carries a {@code crit} parameter. */
    WRONG_TYPE,
    /** The header's {@code kid} is missing or names no published key. */
    UNKNOWN_KEY,
    /** The signature does not verify under the named key (tampered, forged, zero-valued). */
    BAD_SIGNATURE,
    /** A required claim is missing or not of the expected form. */
    MISSING_CLAIM,
    /** {@code iss} is not Hearth's issuer. */
    WRONG_ISSUER,
    /** {@code aud} does not contain Hearth's audience. */
    WRONG_AUDIENCE,
    /** {@code exp} has passed (beyond the allowed clock skew). */
    EXPIRED,
    /** {@code nbf} or {@code iat} lies in the future (beyond the allowed clock skew). */
    NOT_YET_VALID,
    /** The account the token was issued to no longer exists. */
    ACCOUNT_NOT_FOUND,
    /**
     * The token's session ({@code sid}) has ended: logged out, or its refresh-token family revoked after a reuse
     * (ADR 0018). Every instance refuses it from the moment the revocation is committed.
     */
    SESSION_ENDED;

    /** The stable snake_case code written to the audit trail. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
