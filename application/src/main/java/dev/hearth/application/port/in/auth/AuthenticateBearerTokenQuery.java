package dev.hearth.application.port.in.auth;

import java.util.Objects;

/**
 * A credential presented as {@code Authorization: Bearer <credential>}: an access token (compact JWS, Hearth's or the
 * external issuer's) or an API key ({@code hk_...}). {@link #toString()} never shows it.
 *
 * @param token         the credential as sent
 * @param requestId     the request id, for the audit trail
 * @param clientAddress the client's network address, only to rate-limit the audit events of refused credentials;
 *                      never stored or logged ({@code unknown} when not known)
 */
public record AuthenticateBearerTokenQuery(String token, String requestId, String clientAddress) {

    /** The address used when the caller does not know the client's. */
    public static final String UNKNOWN_ADDRESS = "unknown";

    public AuthenticateBearerTokenQuery {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(requestId, "requestId");
        clientAddress = clientAddress == null || clientAddress.isBlank() ? UNKNOWN_ADDRESS : clientAddress;
    }

    /** A credential from an unknown client address. */
    public AuthenticateBearerTokenQuery(String token, String requestId) {
        this(token, requestId, UNKNOWN_ADDRESS);
    }

    @Override
    public String toString() {
        return "AuthenticateBearerTokenQuery[token=(hidden), requestId=" + requestId + "]";
    }
}
