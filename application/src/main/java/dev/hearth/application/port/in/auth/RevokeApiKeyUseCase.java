package dev.hearth.application.port.in.auth;

/**
 * Revokes an API key at once (idempotent: revoking a revoked key changes nothing). Audited as {@code api_key.revoked}
 * the first time.
 */
public interface RevokeApiKeyUseCase {

    /**
     * @throws dev.hearth.application.error.ApplicationException {@code NOT_FOUND} when the caller has no such key
     */
    void revoke(RevokeApiKeyCommand command);
}
