package dev.hearth.application.port.out.identity;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The API-key ports in memory, keeping the promises the PostgreSQL adapter keeps: a taken prefix is refused, a
 * rotation happens only while the previous key is neither revoked nor replaced, a revocation happens once, and a key is
 * found by id only for its own account.
 */
public final class InMemoryApiKeys implements LoadApiKeysPort, StoreApiKeysPort {

    private final Map<UUID, ApiKeyRecord> keys = new LinkedHashMap<>();

    @Override
    public synchronized Optional<ApiKeyRecord> byPrefix(String prefix) {
        return keys.values().stream().filter(k -> k.prefix().equals(prefix)).findFirst();
    }

    @Override
    public synchronized Optional<ApiKeyRecord> byId(UUID accountId, UUID keyId) {
        return Optional.ofNullable(keys.get(keyId)).filter(k -> k.accountId().equals(accountId));
    }

    @Override
    public synchronized List<ApiKeyRecord> ofAccount(UUID accountId) {
        return keys.values().stream().filter(k -> k.accountId().equals(accountId))
                .sorted(Comparator.comparing(ApiKeyRecord::createdAt).reversed()).toList();
    }

    @Override
    public synchronized boolean insert(ApiKeyRecord key) {
        if (byPrefix(key.prefix()).isPresent()) {
            return false;
        }
        keys.put(key.id(), key);
        return true;
    }

    @Override
    public synchronized boolean rotate(UUID previousId, Instant previousExpiresAt, ApiKeyRecord successor) {
        ApiKeyRecord previous = keys.get(previousId);
        if (previous == null || previous.revokedAt() != null || previous.replacedBy() != null
                || byPrefix(successor.prefix()).isPresent()) {
            return false;
        }
        keys.put(successor.id(), successor);
        keys.put(previousId, new ApiKeyRecord(previous.id(), previous.accountId(), previous.prefix(),
                previous.secretHash(), previous.name(), previous.scopes(), previous.createdAt(), previousExpiresAt,
                previous.lastUsedAt(), null, successor.id()));
        return true;
    }

    @Override
    public synchronized boolean revoke(UUID accountId, UUID keyId, Instant at) {
        ApiKeyRecord k = byId(accountId, keyId).orElse(null);
        if (k == null || k.revokedAt() != null) {
            return false;
        }
        keys.put(keyId, new ApiKeyRecord(k.id(), k.accountId(), k.prefix(), k.secretHash(), k.name(), k.scopes(),
                k.createdAt(), k.expiresAt(), k.lastUsedAt(), at, k.replacedBy()));
        return true;
    }

    @Override
    public synchronized void recordUse(UUID keyId, Instant at, Instant ifLastUsedBefore) {
        ApiKeyRecord k = keys.get(keyId);
        if (k != null && (k.lastUsedAt() == null || k.lastUsedAt().isBefore(ifLastUsedBefore))) {
            keys.put(keyId, new ApiKeyRecord(k.id(), k.accountId(), k.prefix(), k.secretHash(), k.name(), k.scopes(),
                    k.createdAt(), k.expiresAt(), at, k.revokedAt(), k.replacedBy()));
        }
    }

    /** Every stored key, for tests that look at what was stored. */
    public synchronized List<ApiKeyRecord> all() {
        return List.copyOf(keys.values());
    }
}
