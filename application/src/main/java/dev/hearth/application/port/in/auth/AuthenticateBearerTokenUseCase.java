package dev.hearth.application.port.in.auth;

import static dev.hearth.application.port.in.CallScope.Kind.UNSCOPED;

import dev.hearth.application.port.in.CallScope;

/**
 * Establishes who is calling from an access token: ES256 signature by a published key, issuer, audience, validity
 * window (with a small clock skew), size, and that the account still exists. A refused token is recorded in the audit
 * trail ({@code auth.token_rejected} with the reason) and answered with one undifferentiated error.
 */
@CallScope(UNSCOPED)
public interface AuthenticateBearerTokenUseCase {

    /**
     * @throws dev.hearth.application.error.ApplicationException {@code UNAUTHENTICATED} when the token is not valid
     */
    AuthenticatedAccount authenticate(AuthenticateBearerTokenQuery query);
}
