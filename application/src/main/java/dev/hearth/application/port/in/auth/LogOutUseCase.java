package dev.hearth.application.port.in.auth;

import static dev.hearth.application.port.in.CallScope.Kind.UNSCOPED;

import dev.hearth.application.port.in.CallScope;

/**
 * Logs out: revokes the refresh-token family, so neither the presented refresh token nor any other of the session
 * works again, and no access token of the session either: they carry its id ({@code sid}), which every request checks
 * (ADR 0018). Idempotent, and silent about unknown tokens. Before issue 13 access tokens lived out their lifetime
 * minutes.
 */
@CallScope(UNSCOPED)
public interface LogOutUseCase {

    void logOut(LogOutCommand command);
}
