package dev.hearth.application.port.in.crypto;

import static dev.hearth.application.port.in.CallScope.Kind.UNSCOPED;

import dev.hearth.application.port.in.CallScope;

/**
 * Re-encrypts every stored encrypted value under the keyset's primary key (rotation step 3 of
 * docs/runbooks/key-rotation.md) and records the run as a {@code keys.rotated} audit event with its totals.
 */
@CallScope(UNSCOPED)
public interface RotateFieldKeysUseCase {

    /** Walks every encrypted column; a value that cannot be decrypted is counted and left untouched. */
    FieldKeyRotation rotate(RotateFieldKeysCommand command);
}
