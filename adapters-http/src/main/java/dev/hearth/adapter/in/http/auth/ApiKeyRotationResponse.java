package dev.hearth.adapter.in.http.auth;

import dev.hearth.application.port.in.auth.ApiKeyRotation;

/**
 * A rotation: the successor (shown once) and the old key, which keeps working until its {@code expiresAt}.
 *
 * @param successor the new key with its secret; switch the client to it before the old key's expiresAt
 * @param previous  the old key, now {@code rotating}
 */
public record ApiKeyRotationResponse(IssuedApiKeyResponse successor, ApiKeyResponse previous) {

    static ApiKeyRotationResponse from(ApiKeyRotation rotation) {
        return new ApiKeyRotationResponse(IssuedApiKeyResponse.from(rotation.successor()),
                ApiKeyResponse.from(rotation.previous()));
    }
}
