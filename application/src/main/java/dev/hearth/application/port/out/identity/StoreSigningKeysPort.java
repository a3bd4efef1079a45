package dev.hearth.application.port.out.identity;

import java.time.Instant;
import java.util.List;

/**
 * Stores signing keys, private halves encrypted at rest, and changes them only by compare-and-set so that several
 * Hearth instances rotating at once make exactly one successor.
 */
public interface StoreSigningKeysPort {

    /** Every key still published at {@code at} ({@code verifiesUntil} null or after it), oldest first. */
    List<StoredSigningKey> loadPublished(Instant at);

    /**
     * In one transaction: if the newest key is still {@code currentKid} (or there is no key at all and
     * {@code currentKid} is null), retires it at {@code successor.signsFrom()} with {@code currentVerifiesUntil}, and
     * stores {@code successor}.
     *
     * @return false, storing nothing, when another instance changed the keys meanwhile
     */
    boolean addSuccessor(StoredSigningKey successor, String currentKid, Instant currentVerifiesUntil);
}
