package dev.hearth.application.port.out.identity;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A stored API key (ADR 0020). The secret itself is never stored: only its SHA-256 hash, beside the visible prefix that
 * finds it. {@link #toString()} leaves the hash and the name out.
 *
 * @param id         the key's id (UUIDv7): its name in URLs and in the audit trail
 * @param accountId  the account the key acts for
 * @param prefix     the 8 visible characters after {@code hk_}, unique, how the key is found and recognised
 * @param secretHash SHA-256 of the whole key as issued (32 bytes)
 * @param name       the owner's label for it
 * @param scopes     what the key allows (a subset of what its creator's token allowed)
 * @param createdAt  when it was issued
 * @param expiresAt  when it stops working (brought forward to the end of the overlap window when it is rotated)
 * @param lastUsedAt when it last authenticated a request (to the minute), or null
 * @param revokedAt  when it was revoked, or null
 * @param replacedBy the successor issued by rotating it, or null
 */
public record ApiKeyRecord(UUID id, UUID accountId, String prefix, byte[] secretHash, String name, List<String> scopes,
                           Instant createdAt, Instant expiresAt, Instant lastUsedAt, Instant revokedAt,
                           UUID replacedBy) {

    public ApiKeyRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(secretHash, "secretHash");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        secretHash = secretHash.clone();
        scopes = List.copyOf(scopes);
    }

    @Override
    public byte[] secretHash() {
        return secretHash.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApiKeyRecord r && id.equals(r.id) && accountId.equals(r.accountId)
                && prefix.equals(r.prefix) && java.util.Arrays.equals(secretHash, r.secretHash) && name.equals(r.name)
                && scopes.equals(r.scopes) && createdAt.equals(r.createdAt) && expiresAt.equals(r.expiresAt)
                && Objects.equals(lastUsedAt, r.lastUsedAt) && Objects.equals(revokedAt, r.revokedAt)
                && Objects.equals(replacedBy, r.replacedBy);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "ApiKeyRecord[id=" + id + ", accountId=" + accountId + ", prefix=" + prefix + ", scopes=" + scopes
                + ", expiresAt=" + expiresAt + ", revokedAt=" + revokedAt + ", replacedBy=" + replacedBy + "]";
    }
}
