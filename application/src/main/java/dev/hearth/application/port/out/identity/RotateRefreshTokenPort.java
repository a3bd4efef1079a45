package dev.hearth.application.port.out.identity;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Stores refresh-token families (only SHA-256 hashes of the tokens) and applies rotation decisions atomically: the
 * presented token is locked while the service decides, so two requests racing with the same token cannot both rotate
 * it.
 */
public interface RotateRefreshTokenPort {

    /** Starts a family (a login) with its first token. */
    void startFamily(UUID familyId, UUID accountId, byte[] tokenHash, Instant issuedAt, Instant expiresAt);

    /**
     * Locks the token whose hash is {@code tokenHash} (empty when unknown), asks {@code decide} what to do, applies it
     * in the same transaction and returns the token as it was with the decision.
     */
    Rotation rotate(byte[] tokenHash, Function<Optional<RefreshTokenRecord>, RefreshDecision> decide);

    /**
     * Revokes the family of the token whose hash is {@code tokenHash} (logout).
     *
     * @return the account whose family it was, or empty when the token is unknown or its family already revoked
     */
    Optional<UUID> revokeFamily(byte[] tokenHash, Instant at, String reason);

    /**
     * What {@link #rotate} found and did.
     *
     * @param presented the token as it was before the decision, empty when unknown
     * @param decision  what was applied
     */
    record Rotation(Optional<RefreshTokenRecord> presented, RefreshDecision decision) {
    }
}
