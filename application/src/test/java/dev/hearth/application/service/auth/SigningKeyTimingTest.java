package dev.hearth.application.service.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.application.port.in.auth.LogInCommand;
import dev.hearth.application.port.in.auth.RotateSigningKeyCommand;
import dev.hearth.application.port.in.auth.SessionTokens;
import dev.hearth.application.port.model.CallContext;
import dev.hearth.application.port.out.audit.InMemoryAuditLog;
import dev.hearth.application.port.out.identity.AccessTokenClaims;
import dev.hearth.application.port.out.identity.PublicSigningKey;
import dev.hearth.application.port.out.identity.RefreshDecision;
import dev.hearth.application.port.out.identity.RefreshTokenRecord;
import dev.hearth.application.port.out.identity.RotateRefreshTokenPort;
import dev.hearth.application.port.out.identity.SigningKeyPair;
import dev.hearth.application.port.out.identity.StoreSigningKeysPort;
import dev.hearth.application.port.out.identity.StoredSigningKey;
import dev.hearth.testsupport.MovableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Which key signs an access token when keys start signing part-way through a second. Access-token times are whole
 * seconds, but a key's {@code signsFrom} is the exact instant it was made (the first key) or was scheduled to take over
 * (a successor): the signing key must be chosen at the exact instant, not at the token's truncated issue time, or a
 * login in the same second as the first key's creation finds no active key and is refused with 503 (seen as a flaky
 * first login right after {@code Hearth.start} in a warm test JVM).
 */
class SigningKeyTimingTest {

    /** Start-up: the moment the first key is made, 400 ms into a second. */
    private static final Instant STARTED = Instant.parse("2026-11-22T08:18:58.400Z");

    private final MovableClock clock = new MovableClock(STARTED);
    private final InMemoryKeys store = new InMemoryKeys();
    private final SigningKeyRing ring = new SigningKeyRing(store);
    private final AuthPolicy policy = AuthPolicy.defaults("hearth", "hearth-api", Set.of(), Duration.ofDays(30));
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final List<String> signedWith = new ArrayList<>();
    private final List<AccessTokenClaims> signedClaims = new ArrayList<>();
    private final AtomicInteger generated = new AtomicInteger();
    private final SigningKeysService keys = new SigningKeysService(store, this::newKey, ring, policy, audit, clock);
    private final SessionsService sessions = new SessionsService(new SessionsServiceTest.OneAccount(),
            new SessionsServiceTest.NoStore(), new SessionsServiceTest.RecordingHasher(),
            email -> email.getBytes(StandardCharsets.UTF_8), new SessionsServiceTest.NoThrottle(),
            new StartedFamilies(), (claims, key) -> {
                signedWith.add(key.kid());
                signedClaims.add(claims);
                return "signed";
            }, ring, policy, audit, clock);

    @Test
    void the_first_key_signs_a_login_in_the_same_second_it_was_made() {
        String first = rotate(RotateSigningKeyCommand.Trigger.SCHEDULED);

        clock.set(STARTED.plusMillis(300)); // 08:18:58.700: the login right after start-up
        SessionTokens tokens = logIn();

        assertThat(signedWith).containsExactly(first);
        assertThat(tokens.accessTokenExpiresAt()).isEqualTo(Instant.parse("2026-11-22T08:18:58Z")
                .plus(policy.accessTokenLifetime()));
        assertThat(signedClaims.get(0).issuedAt()).as("JWT times stay whole seconds")
                .isEqualTo(Instant.parse("2026-11-22T08:18:58Z"));
    }

    @Test
    void the_first_key_signs_at_the_very_instant_it_was_made() {
        String first = rotate(RotateSigningKeyCommand.Trigger.SCHEDULED);

        logIn();

        assertThat(signedWith).containsExactly(first);
    }

    @Test
    void a_successor_takes_over_at_its_exact_signs_from_even_within_a_second() {
        String first = rotate(RotateSigningKeyCommand.Trigger.SCHEDULED);
        clock.set(STARTED.plus(Duration.ofDays(1)));
        String successor = rotate(RotateSigningKeyCommand.Trigger.ON_REQUEST);
        Instant takesOver = STARTED.plus(Duration.ofDays(1)).plus(policy.keyPublishDelay());

        clock.set(takesOver.minusMillis(1));
        logIn();
        clock.set(takesOver.plusMillis(1)); // same whole second as the line above
        logIn();

        assertThat(signedWith).containsExactly(first, successor);
    }

    private String rotate(RotateSigningKeyCommand.Trigger trigger) {
        int before = generated.get();
        assertThat(keys.rotate(new RotateSigningKeyCommand(new CallContext("system:test", "job-1"), trigger))
                .rotated()).isTrue();
        assertThat(generated.get()).isEqualTo(before + 1);
        return kid(before + 1);
    }

    private SessionTokens logIn() {
        return sessions.logIn(new LogInCommand("ada@example.org", "correct horse battery",
                "192.0.2.7", new CallContext("anonymous", "req-1")));
    }

    private SigningKeyPair newKey() {
        int n = generated.incrementAndGet();
        String coordinate = String.format("%043d", n);
        return new SigningKeyPair(new PublicSigningKey(kid(n), coordinate, coordinate), new byte[] {(byte) n});
    }

    private static String kid(int n) {
        return "key-" + n;
    }

    /** Accepts new refresh-token families (a login starts one); nothing else is used here. */
    private static final class StartedFamilies implements RotateRefreshTokenPort {
        @Override
        public void startFamily(UUID familyId, UUID accountId, byte[] tokenHash, Instant issuedAt, Instant expiresAt) {
        }

        @Override
        public Rotation rotate(byte[] tokenHash, Function<Optional<RefreshTokenRecord>, RefreshDecision> decide) {
            throw new AssertionError("not used");
        }

        @Override
        public Optional<UUID> revokeFamily(byte[] tokenHash, Instant at, String reason) {
            throw new AssertionError("not used");
        }
    }

    /** The store's compare-and-set and expiry, in memory. */
    private static final class InMemoryKeys implements StoreSigningKeysPort {
        private final List<StoredSigningKey> keys = new ArrayList<>();

        @Override
        public synchronized List<StoredSigningKey> loadPublished(Instant at) {
            return keys.stream().filter(k -> k.verifiesUntil() == null || k.verifiesUntil().isAfter(at)).toList();
        }

        @Override
        public synchronized boolean addSuccessor(StoredSigningKey successor, String currentKid,
                                                 Instant currentVerifiesUntil) {
            String newest = keys.isEmpty() ? null : keys.get(keys.size() - 1).kid();
            if (newest == null ? currentKid != null : !newest.equals(currentKid)) {
                return false;
            }
            if (newest != null) {
                StoredSigningKey current = keys.remove(keys.size() - 1);
                keys.add(new StoredSigningKey(current.keyPair(), current.createdAt(), current.signsFrom(),
                        successor.signsFrom(), currentVerifiesUntil));
            }
            keys.add(successor);
            return true;
        }
    }
}
