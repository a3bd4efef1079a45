package dev.hearth.application.port.in.auth;

import dev.hearth.application.port.model.CallContext;
import java.util.Objects;

/**
 * Log in with an e-mail address and a password. {@link #toString()} shows neither.
 *
 * @param email         the login address as typed
 * @param password      the password as typed
 * @param clientAddress the caller's network address, for throttling only (never stored)
 * @param context       who asks (anonymous) and under which request
 */
public record LogInCommand(String email, String password, String clientAddress, CallContext context) {

    public LogInCommand {
        Objects.requireNonNull(clientAddress, "clientAddress");
        Objects.requireNonNull(context, "context");
    }

    @Override
    public String toString() {
        return "LogInCommand[email=(hidden), password=(hidden), context=" + context + "]";
    }
}
