package dev.hearth.application.port.in.auth;

import dev.hearth.application.port.model.CallContext;
import java.util.Objects;

/**
 * End a session: revoke the refresh token's family. {@link #toString()} never shows the token.
 *
 * @param refreshToken the session's current refresh token
 * @param context      who asks and under which request
 */
public record LogOutCommand(String refreshToken, CallContext context) {

    public LogOutCommand {
        Objects.requireNonNull(context, "context");
    }

    @Override
    public String toString() {
        return "LogOutCommand[refreshToken=(hidden), context=" + context + "]";
    }
}
