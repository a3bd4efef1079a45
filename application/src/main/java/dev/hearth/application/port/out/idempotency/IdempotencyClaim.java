package dev.hearth.application.port.out.idempotency;

import java.time.Instant;
import java.util.Objects;

/**
 * A key being used for the first time (or afresh after it expired).
 *
 * @param callerId    the caller the key belongs to
 * @param keyDigest   SHA-256 of the key, hex: the key itself is never stored
 * @param fingerprint what the request asks for (a digest)
 * @param claimedAt   when the request started
 * @param expiresAt   until when its answer is kept
 */
public record IdempotencyClaim(String callerId, String keyDigest, String fingerprint, Instant claimedAt,
                               Instant expiresAt) {

    public IdempotencyClaim {
        Objects.requireNonNull(callerId, "callerId");
        Objects.requireNonNull(keyDigest, "keyDigest");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(claimedAt, "claimedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (!expiresAt.isAfter(claimedAt)) {
            throw new IllegalArgumentException("a claim expires after it is made");
        }
    }
}
