package dev.hearth.application.port.in.auth;

import java.time.Instant;
import java.util.List;

/**
 * The signing keys after a rotation request.
 *
 * @param rotated whether this request made a new key (false: nothing was due, or a successor was already pending)
 * @param keys    every published key with its state and times, oldest first
 */
public record SigningKeyRotation(boolean rotated, List<SigningKeyStatus> keys) {

    public SigningKeyRotation {
        keys = List.copyOf(keys);
    }

    /**
     * One published key.
     *
     * @param kid           its id
     * @param state         pending, active or retired
     * @param signsFrom     when it starts (started) signing
     * @param retiresAt     when it stops signing, or null while it has no successor
     * @param verifiesUntil until when its tokens verify, or null while it has no successor
     */
    public record SigningKeyStatus(String kid, String state, Instant signsFrom, Instant retiresAt,
                                   Instant verifiesUntil) {
    }
}
