package dev.hearth.application.port.in.auth;

import static dev.hearth.application.port.in.CallScope.Kind.UNSCOPED;

import dev.hearth.application.port.in.CallScope;

/**
 * Issues a successor to an API key (same name and scopes, a fresh lifetime) and keeps the old key working for the
 * overlap window only, so a client can switch without an outage. Audited as {@code api_key.rotated}.
 */
@CallScope(UNSCOPED)
public interface RotateApiKeyUseCase {

    /**
     * @throws dev.hearth.application.error.ApplicationException {@code NOT_FOUND} when the caller has no such key;
     *         {@code VALIDATION_FAILED} when it is revoked, expired or already rotated; {@code FORBIDDEN} when the
     *         caller is itself an API key
     */
    ApiKeyRotation rotate(RotateApiKeyCommand command);
}
