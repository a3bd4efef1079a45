package dev.hearth.application.port.out.identity;

import java.util.Optional;
import java.util.UUID;

/** Finds accounts. */
public interface LoadAccountPort {

    /** The account whose e-mail blind index is {@code emailIndex}. */
    Optional<AccountRecord> byEmailIndex(byte[] emailIndex);

    /** The account with this id (its address decrypted). */
    Optional<AccountRecord> byId(UUID id);

    /** Whether the account exists; cheaper than {@link #byId}, nothing decrypted. */
    boolean exists(UUID id);
}
