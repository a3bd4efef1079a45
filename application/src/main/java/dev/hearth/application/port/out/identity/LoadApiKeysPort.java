package dev.hearth.application.port.out.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Finds API keys (ADR 0020). */
public interface LoadApiKeysPort {

    /** The key with this visible prefix, whatever its state (the caller decides whether it still works). */
    Optional<ApiKeyRecord> byPrefix(String prefix);

    /** The account's key with this id; empty when there is none, or it belongs to another account. */
    Optional<ApiKeyRecord> byId(UUID accountId, UUID keyId);

    /** Every key of the account, newest first, revoked and expired ones included. */
    List<ApiKeyRecord> ofAccount(UUID accountId);
}
