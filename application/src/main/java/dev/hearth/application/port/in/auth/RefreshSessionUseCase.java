package dev.hearth.application.port.in.auth;

import static dev.hearth.application.port.in.CallScope.Kind.UNSCOPED;

import dev.hearth.application.port.in.CallScope;

/**
 * Rotates a refresh token: every use returns a new access token and a new refresh token, and the used one stops
 * working. Presenting a used token again revokes its whole family (someone else may hold a copy) and is audited,
 * except for one retry within a short grace window, which tolerates a response lost on a poor connection.
 */
@CallScope(UNSCOPED)
public interface RefreshSessionUseCase {

    /**
     * @throws dev.hearth.application.error.ApplicationException {@code UNAUTHENTICATED} when the token is unknown,
     *                                                           expired, revoked or reused
     */
    SessionTokens refresh(RefreshSessionCommand command);
}
