package dev.hearth.adapter.in.http.auth;

import dev.hearth.application.port.in.auth.SigningKeyRotation;
import java.time.Instant;
import java.util.List;

/**
 * The signing keys after a rotation request.
 *
 * @param rotated whether a new key was made (false when a successor was already pending)
 * @param keys    every published key, oldest first
 */
public record SigningKeysResponse(boolean rotated, List<SigningKeyResponse> keys) {

    static SigningKeysResponse from(SigningKeyRotation rotation) {
        return new SigningKeysResponse(rotation.rotated(), rotation.keys().stream()
                .map(k -> new SigningKeyResponse(k.kid(), k.state(), k.signsFrom(), k.retiresAt(), k.verifiesUntil()))
                .toList());
    }

    /**
     * One signing key and its lifecycle.
     *
     * @param kid           its id
     * @param state         {@code pending} (published, not signing yet), {@code active} (signing) or {@code retired}
     *                      (verifying its tokens until they expire)
     * @param signsFrom     when it starts (or started) signing (UTC, ISO-8601)
     * @param retiresAt     when it stops signing; null while it has no successor
     * @param verifiesUntil until when its tokens verify; null while it has no successor
     */
    public record SigningKeyResponse(String kid, String state, Instant signsFrom, Instant retiresAt,
                                     Instant verifiesUntil) {
    }
}
