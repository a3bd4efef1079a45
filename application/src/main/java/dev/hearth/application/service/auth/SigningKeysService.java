package dev.hearth.application.service.auth;

import dev.hearth.application.port.in.auth.ListPublishedSigningKeysUseCase;
import dev.hearth.application.port.in.auth.PublishedSigningKeys;
import dev.hearth.application.port.in.auth.RotateSigningKeyCommand;
import dev.hearth.application.port.in.auth.RotateSigningKeyUseCase;
import dev.hearth.application.port.in.auth.SigningKeyRotation;
import dev.hearth.application.port.out.audit.AppendAuditEventPort;
import dev.hearth.application.port.out.identity.GenerateSigningKeyPort;
import dev.hearth.application.port.out.identity.PublicSigningKey;
import dev.hearth.application.port.out.identity.SigningKeyState;
import dev.hearth.application.port.out.identity.StoreSigningKeysPort;
import dev.hearth.application.port.out.identity.StoredSigningKey;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Signing-key rotation and the JWKS.
 *
 * <p>The very first key signs at once (no client can have cached a JWKS without it). Every later key is published
 * at once and signs only after {@link AuthPolicy#keyPublishDelay()} (at least the JWKS cache lifetime), so no client
 * meets a token signed by a key its cached JWKS lacks; at that moment the previous key retires and keeps verifying for
 * {@link AuthPolicy#retiredKeyVerifiesFor()}, longer than any token it signed lives. Nobody is signed out. A rotation
 * requested while a successor is pending changes nothing; a scheduled one runs only when the newest key is older than
 * {@link AuthPolicy#keyRotationPeriod()}. Instances racing to rotate make one successor (compare-and-set in the
 * store).
 */
public final class SigningKeysService implements RotateSigningKeyUseCase, ListPublishedSigningKeysUseCase {

    private final StoreSigningKeysPort store;
    private final GenerateSigningKeyPort generator;
    private final SigningKeyRing ring;
    private final AuthPolicy policy;
    private final AuthAudit audit;
    private final Clock clock;

    public SigningKeysService(StoreSigningKeysPort store, GenerateSigningKeyPort generator, SigningKeyRing ring,
                              AuthPolicy policy, AppendAuditEventPort audit, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.generator = Objects.requireNonNull(generator, "generator");
        this.ring = Objects.requireNonNull(ring, "ring");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.audit = new AuthAudit(audit);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public SigningKeyRotation rotate(RotateSigningKeyCommand command) {
        Instant now = clock.instant();
        List<StoredSigningKey> keys = store.loadPublished(now);
        StoredSigningKey newest = newest(keys);
        if (!due(newest, command.trigger(), now)) {
            return status(false, keys, now);
        }
        Instant signsFrom = newest == null ? now : now.plus(policy.keyPublishDelay());
        StoredSigningKey successor = new StoredSigningKey(generator.generate(), now, signsFrom, null, null);
        boolean stored = store.addSuccessor(successor, newest == null ? null : newest.kid(),
                signsFrom.plus(policy.retiredKeyVerifiesFor()));
        ring.invalidate();
        List<StoredSigningKey> after = store.loadPublished(now);
        if (stored) {
            // "kid:" + thumbprint: a base64url thumbprint may start with '-' or '_', which an audit target may not
            audit.record(command.context().actorId(), AuthAudit.KEY_ROTATED, "signing_key",
                    "kid:" + successor.kid(), now, command.context().correlationId(),
                    "trigger", command.trigger().name().toLowerCase(Locale.ROOT), "previous_kid", newest == null ? null : newest.kid(), "signs_from", signsFrom.toString());
        }
        return status(stored, after, now);
    }

    private boolean due(StoredSigningKey newest, RotateSigningKeyCommand.Trigger trigger, Instant now) {
        if (newest == null) {
            return true;
        }
        if (newest.stateAt(now) == SigningKeyState.PENDING) {
            return false; // a successor is already on its way; another would retire it before it ever signs
        }
        return trigger == RotateSigningKeyCommand.Trigger.ON_REQUEST
                || !now.isBefore(newest.signsFrom().plus(policy.keyRotationPeriod()));
    }

    private static StoredSigningKey newest(List<StoredSigningKey> keys) {
        StoredSigningKey newest = null;
        for (StoredSigningKey k : keys) {
            if (newest == null || k.signsFrom().isAfter(newest.signsFrom())
                    || (k.signsFrom().equals(newest.signsFrom()) && k.createdAt().isAfter(newest.createdAt()))) {
                newest = k;
            }
        }
        return newest;
    }

    private static SigningKeyRotation status(boolean rotated, List<StoredSigningKey> keys, Instant now) {
        List<SigningKeyRotation.SigningKeyStatus> out = new ArrayList<>();
        for (StoredSigningKey k : keys) {
            SigningKeyState state = k.stateAt(now);
            if (state != SigningKeyState.EXPIRED) {
                out.add(new SigningKeyRotation.SigningKeyStatus(k.kid(), state.name().toLowerCase(Locale.ROOT),
                        k.signsFrom(), k.retiresAt(), k.verifiesUntil()));
            }
        }
        return new SigningKeyRotation(rotated, out);
    }

    @Override
    public PublishedSigningKeys list() {
        List<PublishedSigningKeys.PublishedKey> keys = new ArrayList<>();
        for (PublicSigningKey k : ring.verificationKeys(clock.instant())) {
            keys.add(new PublishedSigningKeys.PublishedKey(k.kid(), k.x(), k.y()));
        }
        return new PublishedSigningKeys(keys, policy.jwksCacheFor());
    }
}
