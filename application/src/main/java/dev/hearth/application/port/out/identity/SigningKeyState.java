package dev.hearth.application.port.out.identity;

/** A signing key's place in its lifecycle (see {@link StoredSigningKey}). */
public enum SigningKeyState {
    /** Published, not signing yet. */
    PENDING,
    /** Signing new tokens. */
    ACTIVE,
    /** Published and verifying its tokens until they expire; signs nothing. */
    RETIRED,
    /** Past use: neither published nor trusted. */
    EXPIRED
}
