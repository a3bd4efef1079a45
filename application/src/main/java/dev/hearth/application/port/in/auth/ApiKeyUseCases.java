package dev.hearth.application.port.in.auth;

/**
 * The API-key use cases together, as bootstrap hands them to the HTTP adapter (ADR 0020).
 *
 * <p>A bundle of ports and nothing more: bootstrap refuses a missing component and scopes each one as its
 * interface's {@link dev.hearth.application.port.in.CallScope} declares (ADR 0024).
 *
 * @param create issue a key
 * @param list   list the caller's keys
 * @param rotate issue a successor, keeping the old key for the overlap window
 * @param revoke revoke a key
 */
public record ApiKeyUseCases(CreateApiKeyUseCase create, ListApiKeysUseCase list, RotateApiKeyUseCase rotate,
                             RevokeApiKeyUseCase revoke) {
}
