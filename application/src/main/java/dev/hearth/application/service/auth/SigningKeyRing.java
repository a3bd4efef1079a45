package dev.hearth.application.service.auth;

import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import dev.hearth.application.port.out.identity.PublicSigningKey;
import dev.hearth.application.port.out.identity.SigningKeyState;
import dev.hearth.application.port.out.identity.StoreSigningKeysPort;
import dev.hearth.application.port.out.identity.StoredSigningKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * This instance's view of the signing keys, shared by the services that sign, verify and publish. Loaded from the
 * store and kept for a minute (keys change rarely, and a new one is published long before it signs); reloaded at once
 * after a rotation here, and at most every few seconds when a token names a key it does not know (made by another
 * instance a moment ago).
 */
public final class SigningKeyRing {

    /** How long a loaded set of keys is used before it is loaded again. */
    public static final Duration REFRESH_EVERY = Duration.ofMinutes(1);
    /** The least time between two reloads forced by an unknown key id (so forged kids cannot flood the database). */
    public static final Duration UNKNOWN_KID_RELOAD_GAP = Duration.ofSeconds(5);

    private final StoreSigningKeysPort store;
    private List<StoredSigningKey> keys;
    private Instant loadedAt;
    private Instant lastForcedReload = Instant.EPOCH;

    public SigningKeyRing(StoreSigningKeysPort store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** The key that signs at {@code now}: the active key that started signing last. */
    public synchronized StoredSigningKey signingKey(Instant now) {
        StoredSigningKey key = active(keys(now), now);
        if (key == null) {
            reload(now);
            key = active(keys, now);
        }
        if (key == null) {
            throw new ApplicationException(ErrorCode.SERVICE_UNAVAILABLE,
                    "Signing in is not possible just now. Please try again shortly.");
        }
        return key;
    }

    /** The public keys a valid token may name at {@code now}: pending, active and retired. */
    public synchronized List<PublicSigningKey> verificationKeys(Instant now) {
        List<PublicSigningKey> out = new ArrayList<>();
        for (StoredSigningKey k : keys(now)) {
            if (k.stateAt(now) != SigningKeyState.EXPIRED) {
                out.add(k.keyPair().publicKey());
            }
        }
        return out;
    }

    /**
     * Reloads because a token named an unknown key, unless that was done less than
     * {@link #UNKNOWN_KID_RELOAD_GAP} ago.
     *
     * @return whether it reloaded
     */
    public synchronized boolean reloadForUnknownKey(Instant now) {
        if (now.isBefore(lastForcedReload.plus(UNKNOWN_KID_RELOAD_GAP))) {
            return false;
        }
        lastForcedReload = now;
        reload(now);
        return true;
    }

    /** Every stored key not yet expired at {@code now}, oldest first. */
    public synchronized List<StoredSigningKey> all(Instant now) {
        List<StoredSigningKey> out = new ArrayList<>();
        for (StoredSigningKey k : keys(now)) {
            if (k.stateAt(now) != SigningKeyState.EXPIRED) {
                out.add(k);
            }
        }
        return out;
    }

    /** Forgets the loaded keys (after a rotation), so the next use loads them again. */
    public synchronized void invalidate() {
        keys = null;
    }

    private List<StoredSigningKey> keys(Instant now) {
        if (keys == null || !now.isBefore(loadedAt.plus(REFRESH_EVERY)) || now.isBefore(loadedAt)) {
            reload(now);
        }
        return keys;
    }

    private void reload(Instant now) {
        List<StoredSigningKey> loaded = new ArrayList<>(store.loadPublished(now));
        loaded.sort(Comparator.comparing(StoredSigningKey::signsFrom).thenComparing(StoredSigningKey::createdAt));
        keys = List.copyOf(loaded);
        loadedAt = now;
    }

    private static StoredSigningKey active(List<StoredSigningKey> keys, Instant now) {
        StoredSigningKey found = null;
        for (StoredSigningKey k : keys) {
            if (k.stateAt(now) == SigningKeyState.ACTIVE) {
                found = k; // sorted by signsFrom: the last active one is the newest
            }
        }
        return found;
    }
}
