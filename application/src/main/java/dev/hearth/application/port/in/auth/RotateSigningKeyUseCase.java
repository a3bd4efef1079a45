package dev.hearth.application.port.in.auth;

import static dev.hearth.application.port.in.CallScope.Kind.UNSCOPED;

import dev.hearth.application.port.in.CallScope;

/**
 * Rotates the access-token signing key without signing anyone out: the successor is published at once but signs only
 * after the JWKS cache lifetime, and the old key keeps verifying until its last token has expired. Audited as
 * {@code signing_key.rotated}.
 */
@CallScope(UNSCOPED)
public interface RotateSigningKeyUseCase {

    SigningKeyRotation rotate(RotateSigningKeyCommand command);
}
