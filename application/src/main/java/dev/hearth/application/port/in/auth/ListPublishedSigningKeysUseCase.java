package dev.hearth.application.port.in.auth;

/** The JWKS: every public key a client may meet in a valid access token's header. */
public interface ListPublishedSigningKeysUseCase {

    PublishedSigningKeys list();
}
