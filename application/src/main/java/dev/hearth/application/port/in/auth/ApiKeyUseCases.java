package dev.hearth.application.port.in.auth;

import java.util.Objects;

/**
 * The API-key use cases together, as bootstrap hands them to the HTTP adapter (ADR 0020).
 *
 * @param create issue a key
 * @param list   list the caller's keys
 * @param rotate issue a successor, keeping the old key for the overlap window
 * @param revoke revoke a key
 */
public record ApiKeyUseCases(CreateApiKeyUseCase create, ListApiKeysUseCase list, RotateApiKeyUseCase rotate,
                             RevokeApiKeyUseCase revoke) {

    public ApiKeyUseCases {
        Objects.requireNonNull(create, "create");
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(rotate, "rotate");
        Objects.requireNonNull(revoke, "revoke");
    }
}
