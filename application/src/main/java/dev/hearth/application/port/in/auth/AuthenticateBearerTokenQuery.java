package dev.hearth.application.port.in.auth;

import java.util.Objects;

/**
 * An access token presented as {@code Authorization: Bearer <token>}. {@link #toString()} never shows the token.
 *
 * @param token     the compact JWS as sent
 * @param requestId the request id, for the audit trail
 */
public record AuthenticateBearerTokenQuery(String token, String requestId) {

    public AuthenticateBearerTokenQuery {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(requestId, "requestId");
    }

    @Override
    public String toString() {
        return "AuthenticateBearerTokenQuery[token=(hidden), requestId=" + requestId + "]";
    }
}
