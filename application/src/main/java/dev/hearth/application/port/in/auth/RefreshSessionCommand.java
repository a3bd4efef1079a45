package dev.hearth.application.port.in.auth;

import dev.hearth.application.port.model.CallContext;
import java.util.Objects;

/**
 * Exchange a refresh token for a new pair. {@link #toString()} never shows the token.
 *
 * @param refreshToken the refresh token as issued
 * @param context      who asks and under which request
 * @param clientAddress the client's network address, only to rate-limit the audit events of refused refresh tokens;
 *                      never stored or logged ({@code unknown} when not known)
 */
public record RefreshSessionCommand(String refreshToken, CallContext context, String clientAddress) {

    public RefreshSessionCommand {
        Objects.requireNonNull(context, "context");
        clientAddress = clientAddress == null || clientAddress.isBlank()
                ? AuthenticateBearerTokenQuery.UNKNOWN_ADDRESS : clientAddress;
    }

    /** A refresh from an unknown client address. */
    public RefreshSessionCommand(String refreshToken, CallContext context) {
        this(refreshToken, context, AuthenticateBearerTokenQuery.UNKNOWN_ADDRESS);
    }

    @Override
    public String toString() {
        return "RefreshSessionCommand[refreshToken=(hidden), context=" + context + "]";
    }
}
