package dev.hearth.application.port.in.auth;

import dev.hearth.application.port.model.CallContext;
import java.util.Objects;

/**
 * Register an account with an e-mail address and a password. {@link #toString()} shows neither.
 *
 * @param email         the login address as typed (normalised by the service)
 * @param password      the password as typed: 12 to 256 characters
 * @param clientAddress the caller's network address, for throttling only (never stored)
 * @param context       who asks (anonymous) and under which request
 */
public record RegisterAccountCommand(String email, String password, String clientAddress, CallContext context) {

    public RegisterAccountCommand {
        Objects.requireNonNull(clientAddress, "clientAddress");
        Objects.requireNonNull(context, "context");
    }

    @Override
    public String toString() {
        return "RegisterAccountCommand[email=(hidden), password=(hidden), context=" + context + "]";
    }
}
