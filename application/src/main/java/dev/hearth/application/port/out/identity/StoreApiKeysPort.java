package dev.hearth.application.port.out.identity;

import java.time.Instant;
import java.util.UUID;

/** Issues, rotates, revokes API keys and records their use (ADR 0020). */
public interface StoreApiKeysPort {

    /**
     * Stores a new key.
     *
     * @return false when its prefix is already taken (nothing stored; draw another key)
     */
    boolean insert(ApiKeyRecord key);

    /**
     * Stores {@code successor} and, in the same transaction, marks {@code previousId} replaced by it and brings its
     * expiry forward to {@code previousExpiresAt} (the end of the overlap window), provided it is still neither revoked
     * nor replaced.
     *
     * @return false when the previous key was revoked or rotated meanwhile, or the successor's prefix is taken (nothing
     *         stored)
     */
    boolean rotate(UUID previousId, Instant previousExpiresAt, ApiKeyRecord successor);

    /**
     * Revokes the account's key at {@code at} unless it already is.
     *
     * @return true when this call revoked it
     */
    boolean revoke(UUID accountId, UUID keyId, Instant at);

    /** Sets the key's last use to {@code at} if it was last used before {@code ifLastUsedBefore} (or never). */
    void recordUse(UUID keyId, Instant at, Instant ifLastUsedBefore);
}
