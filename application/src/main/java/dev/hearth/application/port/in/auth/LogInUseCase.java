package dev.hearth.application.port.in.auth;

import static dev.hearth.application.port.in.CallScope.Kind.UNSCOPED;

import dev.hearth.application.port.in.CallScope;

/**
 * Logs in: checks the password (Argon2id), starts a refresh-token family and issues the first tokens. An unknown
 * address and a wrong password get the same answer after about the same time. Throttled per account and per client
 * address.
 */
@CallScope(UNSCOPED)
public interface LogInUseCase {

    /**
     * @throws dev.hearth.application.error.ApplicationException {@code INVALID_CREDENTIALS} when the address or the
     *                                                           password is wrong; {@code TOO_MANY_REQUESTS} (with a
     *                                                           retry delay) after too many failures
     */
    SessionTokens logIn(LogInCommand command);
}
