package dev.hearth.application.port.in.auth;

import static dev.hearth.application.port.in.CallScope.Kind.UNSCOPED;

import dev.hearth.application.port.in.CallScope;

/** The JWKS: every public key a client may meet in a valid access token's header. */
@CallScope(UNSCOPED)
public interface ListPublishedSigningKeysUseCase {

    PublishedSigningKeys list();
}
