package dev.hearth.application.port.in.auth;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The public keys that verify Hearth's access tokens (pending, active and retired), for the JWKS.
 *
 * @param keys     the public keys
 * @param cacheFor how long a client may cache them: shorter than the time a new key waits before it signs
 */
public record PublishedSigningKeys(List<PublishedKey> keys, Duration cacheFor) {

    public PublishedSigningKeys {
        keys = List.copyOf(keys);
        Objects.requireNonNull(cacheFor, "cacheFor");
    }

    /**
     * One ES256 (P-256) public key.
     *
     * @param kid the key id tokens name in their header
     * @param x   the public point's x coordinate, base64url
     * @param y   the public point's y coordinate, base64url
     */
    public record PublishedKey(String kid, String x, String y) {
    }
}
