package dev.hearth.application.port.in.auth;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An API key as its owner sees it: never its secret (shown once, at creation or rotation).
 *
 * @param id         the key's id
 * @param prefix     the visible part, {@code hk_} and 8 characters: how a key is recognised in a list or a log
 * @param name       the owner's label
 * @param scopes     what the key allows
 * @param createdAt  when it was issued
 * @param expiresAt  when it stops working
 * @param lastUsedAt when it last authenticated a request (to the minute), or null if never
 * @param revokedAt  when it was revoked, or null
 * @param replacedBy the successor issued by rotating it, or null
 * @param state      {@code active}, {@code rotating} (replaced, still valid until its expiry), {@code expired} or
 *                   {@code revoked}
 */
public record ApiKeyView(UUID id, String prefix, String name, List<String> scopes, Instant createdAt,
                         Instant expiresAt, Instant lastUsedAt, Instant revokedAt, UUID replacedBy, String state) {

    public ApiKeyView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(state, "state");
        scopes = List.copyOf(scopes);
    }
}
