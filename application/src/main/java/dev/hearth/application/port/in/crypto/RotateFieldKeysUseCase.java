package dev.hearth.application.port.in.crypto;

/**
 * Re-encrypts every stored encrypted value under the keyset's primary key (rotation step 3 of
 * docs/runbooks/key-rotation.md) and records the run as a {@code keys.rotated} audit event with its totals.
 */
public interface RotateFieldKeysUseCase {

    /** Walks every encrypted column; a value that cannot be decrypted is counted and left untouched. */
    FieldKeyRotation rotate(RotateFieldKeysCommand command);
}
