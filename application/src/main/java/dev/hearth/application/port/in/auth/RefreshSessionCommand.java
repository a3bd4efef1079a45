package dev.hearth.application.port.in.auth;

import dev.hearth.application.port.model.CallContext;
import java.util.Objects;

/**
 * Exchange a refresh token for a new pair. {@link #toString()} never shows the token.
 *
 * @param refreshToken the refresh token as issued
 * @param context      who asks and under which request
 */
public record RefreshSessionCommand(String refreshToken, CallContext context) {

    public RefreshSessionCommand {
        Objects.requireNonNull(context, "context");
    }

    @Override
    public String toString() {
        return "RefreshSessionCommand[refreshToken=(hidden), context=" + context + "]";
    }
}
