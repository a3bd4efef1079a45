package dev.hearth.application.port.in.auth;

import static dev.hearth.application.port.in.CallScope.Kind.UNSCOPED;

import dev.hearth.application.port.in.CallScope;

/**
 * Logs out: revokes the refresh-token family, so neither the presented refresh token nor any other of the session
 * works again. Idempotent, and silent about unknown tokens. Access tokens already issued expire on their own within
 * minutes.
 */
@CallScope(UNSCOPED)
public interface LogOutUseCase {

    void logOut(LogOutCommand command);
}
