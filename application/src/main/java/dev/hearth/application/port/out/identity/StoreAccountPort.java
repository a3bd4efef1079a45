package dev.hearth.application.port.out.identity;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Creates accounts and replaces password hashes. */
public interface StoreAccountPort {

    /**
     * Creates an account, storing the address encrypted and its blind index for lookup.
     *
     * @return the new account's id, or empty when an account with this index already exists (nothing stored)
     */
    Optional<UUID> create(byte[] emailIndex, String normalisedEmail, String passwordHash, Instant createdAt);

    /** Replaces the password hash if it is still {@code expectedHash} (a rehash after a login must not undo a change). */
    void replacePasswordHash(UUID accountId, String expectedHash, String newHash);
}
