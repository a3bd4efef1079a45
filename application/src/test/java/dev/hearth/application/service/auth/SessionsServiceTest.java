package dev.hearth.application.service.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import dev.hearth.application.port.in.auth.LogInCommand;
import dev.hearth.application.port.model.CallContext;
import dev.hearth.application.port.out.audit.InMemoryAuditLog;
import dev.hearth.application.port.out.audit.RecordedAuditEvent;
import dev.hearth.application.port.out.identity.AccountRecord;
import dev.hearth.application.port.out.identity.HashPasswordPort;
import dev.hearth.application.port.out.identity.LoadAccountPort;
import dev.hearth.application.port.out.identity.PasswordCheck;
import dev.hearth.application.port.out.identity.RefreshDecision;
import dev.hearth.application.port.out.identity.RefreshTokenRecord;
import dev.hearth.application.port.out.identity.RotateRefreshTokenPort;
import dev.hearth.application.port.out.identity.StoreAccountPort;
import dev.hearth.application.port.out.identity.StoreSigningKeysPort;
import dev.hearth.application.port.out.identity.StoredSigningKey;
import dev.hearth.application.port.out.identity.BackoffRule;
import dev.hearth.application.port.out.identity.ThrottleAttemptsPort;
import dev.hearth.application.port.out.identity.ThrottleRule;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The login and refresh policy with in-memory ports. The "same time for an unknown address" property is checked by
 * the work done, not by a stopwatch: an unknown address must be checked against the dummy hash.
 */
class SessionsServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final UUID ACCOUNT = UUID.fromString("0196a0c2-0000-7000-8000-000000000001");
    private static final String HASH = "$argon2id$ada";

    private final RecordingHasher hasher = new RecordingHasher();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final AuthPolicy policy = AuthPolicy.defaults("hearth", "hearth-api", Set.of(), Duration.ofDays(30));
    private final SessionsService service = new SessionsService(new OneAccount(), new NoStore(), hasher,
            email -> email.getBytes(StandardCharsets.UTF_8), new NoThrottle(), new NoRefreshTokens(),
            (claims, key) -> "signed", new SigningKeyRing(new NoKeys()), policy, audit,
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void an_unknown_address_is_checked_against_the_dummy_hash_and_refused_like_a_wrong_password() {
        ApplicationException unknown = logInFails("nobody@example.org", "any password at all");
        assertThat(hasher.checkedAgainst).containsExactly(RecordingHasher.DUMMY);

        ApplicationException wrong = logInFails("ada@example.org", "not her password");
        assertThat(hasher.checkedAgainst).containsExactly(RecordingHasher.DUMMY, HASH);

        assertThat(unknown.errorCode()).isEqualTo(ErrorCode.INVALID_CREDENTIALS).isEqualTo(wrong.errorCode());
        assertThat(unknown.getMessage()).isEqualTo(wrong.getMessage());
        assertThat(audit.readAfter(0, 10)).extracting(RecordedAuditEvent::event)
                .extracting(e -> e.actorId() + " " + e.action() + " " + e.details().get("reason"))
                .containsExactly("anonymous auth.login_failed unknown_account",
                        ACCOUNT + " auth.login_failed wrong_password");
    }

    @Test
    void a_malformed_address_takes_the_dummy_hash_path_too() {
        logInFails("not an address", "any password at all");
        assertThat(hasher.checkedAgainst).containsExactly(RecordingHasher.DUMMY);
    }

    @Test
    void the_address_never_reaches_the_audit_trail() {
        logInFails("ada@example.org", "not her password");
        assertThat(audit.readAfter(0, 10).toString()).doesNotContain("ada@");
    }

    /** The refresh rotation policy, one row per situation (hand-checked against ADR 0018). */
    static Stream<Arguments> refreshCases() {
        Instant issued = NOW.minusSeconds(3600);
        Instant expires = NOW.plusSeconds(3600);
        return Stream.of(
                Arguments.of("unknown token: refuse", null, RefreshDecision.Kind.REFUSE, false),
                Arguments.of("unused: rotate", token(issued, expires, null, null, false, false, null),
                        RefreshDecision.Kind.ROTATE, false),
                Arguments.of("used 5 s ago, successor unused: one grace retry",
                        token(issued, expires, NOW.minusSeconds(5), null, false, false, null),
                        RefreshDecision.Kind.ROTATE, true),
                Arguments.of("used exactly 10 s ago: still within the grace window",
                        token(issued, expires, NOW.minusSeconds(10), null, false, false, null),
                        RefreshDecision.Kind.ROTATE, true),
                Arguments.of("used 11 s ago: reuse, revoke the family",
                        token(issued, expires, NOW.minusSeconds(11), null, false, false, null),
                        RefreshDecision.Kind.REVOKE_FAMILY, false),
                Arguments.of("used 5 s ago but its grace retry is spent: reuse",
                        token(issued, expires, NOW.minusSeconds(5), null, true, false, null),
                        RefreshDecision.Kind.REVOKE_FAMILY, false),
                Arguments.of("used 5 s ago and its successor was used (answer not lost): reuse",
                        token(issued, expires, NOW.minusSeconds(5), null, false, true, null),
                        RefreshDecision.Kind.REVOKE_FAMILY, false),
                Arguments.of("superseded by a grace retry: reuse",
                        token(issued, expires, null, NOW.minusSeconds(2), false, false, null),
                        RefreshDecision.Kind.REVOKE_FAMILY, false),
                Arguments.of("expired: refuse", token(issued, NOW, null, null, false, false, null),
                        RefreshDecision.Kind.REFUSE, false),
                Arguments.of("family revoked: refuse",
                        token(issued, expires, null, null, false, false, NOW.minusSeconds(60)),
                        RefreshDecision.Kind.REFUSE, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refreshCases")
    void the_refresh_policy(String situation, RefreshTokenRecord presented, RefreshDecision.Kind expected,
                            boolean graceRetry) {
        RefreshDecision decision = service.decide(Optional.ofNullable(presented), NOW, new byte[32],
                NOW.plusSeconds(60));
        assertThat(decision.kind()).isEqualTo(expected);
        assertThat(decision.graceRetry()).isEqualTo(graceRetry);
    }

    private static RefreshTokenRecord token(Instant issued, Instant expires, Instant rotated, Instant superseded,
                                            boolean graceUsed, boolean successorUsed, Instant familyRevoked) {
        return new RefreshTokenRecord(UUID.randomUUID(), ACCOUNT, issued, expires, rotated, superseded, graceUsed,
                successorUsed, familyRevoked);
    }

    private ApplicationException logInFails(String email, String password) {
        return (ApplicationException) org.assertj.core.api.Assertions.catchThrowable(() -> service.logIn(
                new LogInCommand(email, password, "192.0.2.7", new CallContext("anonymous", "req-1"))));
    }

    /** Counts which stored hash each password was checked against. */
    static final class RecordingHasher implements HashPasswordPort {
        static final String DUMMY = "$argon2id$dummy";
        final List<String> checkedAgainst = new ArrayList<>();

        @Override
        public String hash(String password) {
            return "$argon2id$" + password;
        }

        @Override
        public PasswordCheck verify(String password, String encodedHash) {
            checkedAgainst.add(encodedHash);
            return new PasswordCheck(encodedHash.equals(HASH) && password.equals("correct horse battery"), false);
        }

        @Override
        public String dummyHash() {
            return DUMMY;
        }
    }

    /** One account: ada@example.org, indexed by the address's bytes. */
    static final class OneAccount implements LoadAccountPort {
        @Override
        public Optional<AccountRecord> byEmailIndex(byte[] emailIndex) {
            return Arrays.equals(emailIndex, "ada@example.org".getBytes(StandardCharsets.UTF_8))
                    ? Optional.of(new AccountRecord(ACCOUNT, "ada@example.org", HASH, NOW)) : Optional.empty();
        }

        @Override
        public Optional<AccountRecord> byId(UUID id) {
            return Optional.empty();
        }

        @Override
        public boolean exists(UUID id) {
            return id.equals(ACCOUNT);
        }

        @Override
        public SessionStanding sessionStanding(UUID accountId, UUID sessionId) {
            throw new AssertionError("not used");
        }
    }

    static final class NoStore implements StoreAccountPort {
        @Override
        public Optional<UUID> create(byte[] emailIndex, String normalisedEmail, String passwordHash, Instant at) {
            throw new AssertionError("not used");
        }

        @Override
        public void replacePasswordHash(UUID accountId, String expectedHash, String newHash) {
            throw new AssertionError("not used");
        }
    }

    static final class NoThrottle implements ThrottleAttemptsPort {
        @Override
        public Optional<Duration> blockedFor(ThrottleRule rule, String key, Instant now) {
            return Optional.empty();
        }

        @Override
        public void recordFailure(ThrottleRule rule, String key, Instant now) {
        }

        @Override
        public void reset(ThrottleRule rule, String key) {
        }

        @Override
        public Optional<Duration> blockedFor(BackoffRule rule, String key, Instant now) {
            return Optional.empty();
        }

        @Override
        public void recordFailure(BackoffRule rule, String key, Instant now) {
        }

        @Override
        public void reset(BackoffRule rule, String key) {
        }
    }

    static final class NoRefreshTokens implements RotateRefreshTokenPort {
        @Override
        public void startFamily(UUID familyId, UUID accountId, byte[] tokenHash, Instant issuedAt, Instant expiresAt) {
            throw new AssertionError("not used");
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

    static final class NoKeys implements StoreSigningKeysPort {
        @Override
        public List<StoredSigningKey> loadPublished(Instant at) {
            return List.of();
        }

        @Override
        public boolean addSuccessor(StoredSigningKey successor, String currentKid, Instant currentVerifiesUntil) {
            throw new AssertionError("not used");
        }
    }
}
