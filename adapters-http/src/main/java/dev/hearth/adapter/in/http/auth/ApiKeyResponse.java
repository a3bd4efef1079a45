package dev.hearth.adapter.in.http.auth;

import dev.hearth.application.port.in.auth.ApiKeyView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An API key as its owner sees it. The secret is never shown again after it was issued.
 *
 * @param id         the key's id (UUIDv7), for rotating or revoking it
 * @param prefix     the visible start of the key, {@code hk_} and 8 characters, to recognise it
 * @param name       the label given at creation
 * @param scopes     what the key allows
 * @param createdAt  when it was issued (UTC, ISO-8601)
 * @param expiresAt  when it stops working (UTC, ISO-8601); for a rotated key, the end of its overlap window
 * @param lastUsedAt when it last authenticated a request, to the minute (UTC, ISO-8601); null if never
 * @param revokedAt  when it was revoked (UTC, ISO-8601); null if not
 * @param replacedBy the id of the key that replaced it by rotation; null if none
 * @param state      {@code active}, {@code rotating} (replaced, still working until expiresAt), {@code expired} or
 *                   {@code revoked}
 */
public record ApiKeyResponse(UUID id, String prefix, String name, List<String> scopes, Instant createdAt,
                             Instant expiresAt, Instant lastUsedAt, Instant revokedAt, UUID replacedBy,
                             String state) {

    static ApiKeyResponse from(ApiKeyView key) {
        return new ApiKeyResponse(key.id(), key.prefix(), key.name(), key.scopes(), key.createdAt(), key.expiresAt(),
                key.lastUsedAt(), key.revokedAt(), key.replacedBy(), key.state());
    }
}
