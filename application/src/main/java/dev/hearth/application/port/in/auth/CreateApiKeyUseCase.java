package dev.hearth.application.port.in.auth;

import static dev.hearth.application.port.in.CallScope.Kind.UNSCOPED;

import dev.hearth.application.port.in.CallScope;

/**
 * Issues an API key for a programmatic client acting for the caller's account: shown once, only its hash kept, scopes
 * no wider than the caller's, an expiry of at most a year. Audited as {@code api_key.created}.
 */
@CallScope(UNSCOPED)
public interface CreateApiKeyUseCase {

    /**
     * @throws dev.hearth.application.error.ApplicationException {@code VALIDATION_FAILED} for a bad name, scope list
     *         or expiry; {@code FORBIDDEN} when a scope exceeds the caller's, or the caller is itself an API key
     */
    IssuedApiKey create(CreateApiKeyCommand command);
}
