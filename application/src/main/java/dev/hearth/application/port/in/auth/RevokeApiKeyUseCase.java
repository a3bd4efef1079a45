package dev.hearth.application.port.in.auth;

import static dev.hearth.application.port.in.CallScope.Kind.UNSCOPED;

import dev.hearth.application.port.in.CallScope;

/**
 * Revokes an API key at once (idempotent: revoking a revoked key changes nothing). Audited as {@code api_key.revoked}
 * the first time.
 */
@CallScope(UNSCOPED)
public interface RevokeApiKeyUseCase {

    /**
     * @throws dev.hearth.application.error.ApplicationException {@code NOT_FOUND} when the caller has no such key
     */
    void revoke(RevokeApiKeyCommand command);
}
