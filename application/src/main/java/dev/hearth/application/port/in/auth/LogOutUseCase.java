package dev.hearth.application.port.in.auth;

/**
 * Logs out: revokes the refresh-token family, so neither the presented refresh token nor any other of the session
 * works again. Idempotent, and silent about unknown tokens. Access tokens already issued expire on their own within
 * minutes.
 */
public interface LogOutUseCase {

    void logOut(LogOutCommand command);
}
