package dev.hearth.application.port.out.identity;

import java.time.Instant;
import java.util.Objects;

/**
 * A signing key with its lifecycle, all in times so that no job has to flip a state at the right moment:
 * <ul>
 *   <li><b>pending</b> before {@code signsFrom}: published in the JWKS, not yet signing, so every client's cached JWKS
 *       knows it before the first token it signs arrives;</li>
 *   <li><b>active</b> from {@code signsFrom} until {@code retiresAt} (open-ended while null): signs new tokens;</li>
 *   <li><b>retired</b> from {@code retiresAt} until {@code verifiesUntil}: signs nothing, still published and still
 *       verifies the tokens it signed, which all expire before {@code verifiesUntil};</li>
 *   <li><b>expired</b> from {@code verifiesUntil}: no longer published or trusted.</li>
 * </ul>
 *
 * @param keyPair       the key (private half encrypted at rest by the store)
 * @param createdAt     when it was made
 * @param signsFrom     when it starts signing
 * @param retiresAt     when a successor takes over, or null while it has none
 * @param verifiesUntil when its last token has expired, or null while it has no successor
 */
public record StoredSigningKey(SigningKeyPair keyPair, Instant createdAt, Instant signsFrom, Instant retiresAt,
                               Instant verifiesUntil) {

    public StoredSigningKey {
        Objects.requireNonNull(keyPair, "keyPair");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(signsFrom, "signsFrom");
        if ((retiresAt == null) != (verifiesUntil == null)) {
            throw new IllegalArgumentException("retiresAt and verifiesUntil are set together");
        }
    }

    /** The key id. */
    public String kid() {
        return keyPair.kid();
    }

    /** Where it is in its lifecycle at {@code at}. */
    public SigningKeyState stateAt(Instant at) {
        if (at.isBefore(signsFrom)) {
            return SigningKeyState.PENDING;
        }
        if (retiresAt == null || at.isBefore(retiresAt)) {
            return SigningKeyState.ACTIVE;
        }
        return at.isBefore(verifiesUntil) ? SigningKeyState.RETIRED : SigningKeyState.EXPIRED;
    }
}
