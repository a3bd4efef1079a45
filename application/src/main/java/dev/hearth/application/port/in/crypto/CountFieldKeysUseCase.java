package dev.hearth.application.port.in.crypto;

import static dev.hearth.application.port.in.CallScope.Kind.UNSCOPED;

import dev.hearth.application.port.in.CallScope;

/**
 * Counts, for every encrypted column, how many stored values each key protects (rotation step 4 of
 * docs/runbooks/key-rotation.md: an old key must protect nothing before it is disabled). Reads only.
 */
@CallScope(UNSCOPED)
public interface CountFieldKeysUseCase {

    /** The census of the keyset in use over every encrypted column. */
    FieldKeyCensus count();
}
