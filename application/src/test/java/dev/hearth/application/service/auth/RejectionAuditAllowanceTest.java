package dev.hearth.application.service.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import dev.hearth.application.port.in.auth.AuthenticateBearerTokenQuery;
import dev.hearth.application.port.in.auth.AuthenticateBearerTokenUseCase;
import dev.hearth.application.port.out.audit.InMemoryAuditLog;
import dev.hearth.application.port.out.audit.RecordedAuditEvent;
import dev.hearth.application.port.out.identity.LinkExternalSubjectPort;
import dev.hearth.application.port.out.identity.LoadAccountPort;
import dev.hearth.application.port.out.identity.LoadApiKeysPort;
import dev.hearth.application.port.out.identity.SignatureCheck;
import dev.hearth.application.port.out.identity.StoreApiKeysPort;
import dev.hearth.application.port.out.identity.BackoffRule;
import dev.hearth.application.port.out.identity.ThrottleAttemptsPort;
import dev.hearth.application.port.out.identity.ThrottleRule;
import dev.hearth.application.port.out.identity.TokenRejection;
import dev.hearth.application.port.out.identity.VerifyExternalTokenPort;
import dev.hearth.testsupport.MovableClock;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Every kind of refused credential is audited at most {@link RejectionAuditAllowance#PER_ADDRESS} times a minute per
 * client address (ADR 0018, ADR 0020): beyond it the refusal is answered exactly the same (401 unauthenticated) but
 * leaves no audit event, so forged credentials cannot flood the hash-chained audit trail. Each kind counts apart.
 */
class RejectionAuditAllowanceTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final String ATTACKER = "203.0.113.7";

    private final MovableClock clock = new MovableClock(NOW);
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final CountingThrottle throttle = new CountingThrottle();
    private final AuthPolicy policy = AuthPolicy.defaults("hearth", "hearth-api", Set.of(), Duration.ofDays(30));

    /** Hearth's access tokens: a forged token (bad signature) from one address. */
    private AuthenticateBearerTokenUseCase accessTokens() {
        return new AuthenticateBearerTokenService((token, keys) -> SignatureCheck.refused(TokenRejection.BAD_SIGNATURE),
                new SigningKeyRing(new SessionsServiceTest.NoKeys()), unused(LoadAccountPort.class), policy, audit,
                new RejectionAuditAllowance(throttle, RejectionAuditAllowance.ACCESS_TOKENS), clock);
    }

    /** The external issuer's tokens: a forged token (bad signature). */
    private AuthenticateBearerTokenUseCase externalTokens() {
        VerifyExternalTokenPort verifier = new VerifyExternalTokenPort() {
            @Override
            public String issuer() {
                return "https://issuer.example";
            }

            @Override
            public boolean claimsIssuer(String token) {
                return true;
            }

            @Override
            public SignatureCheck verify(String token) {
                return SignatureCheck.refused(TokenRejection.BAD_SIGNATURE);
            }
        };
        return new AuthenticateExternalTokenService(verifier, unused(LinkExternalSubjectPort.class), "hearth-api",
                policy, audit, new RejectionAuditAllowance(throttle, RejectionAuditAllowance.EXTERNAL_TOKENS), clock);
    }

    /** API keys: garbage too long to be a key (refused before any lookup). */
    private AuthenticateBearerTokenUseCase apiKeys() {
        return new AuthenticateApiKeyService(unused(LoadApiKeysPort.class), unused(StoreApiKeysPort.class), throttle,
                ApiKeyPolicy.defaults(Duration.ofDays(7)), audit, clock);
    }

    @Test
    void refused_access_tokens_are_audited_at_most_twenty_a_minute_per_address_and_all_answered_401() {
        assertCapped(accessTokens(), "forged.access.token", "access");
    }

    @Test
    void refused_external_tokens_are_audited_at_most_twenty_a_minute_per_address_and_all_answered_401() {
        assertCapped(externalTokens(), "forged.external.token", "external");
    }

    @Test
    void refused_api_keys_are_audited_at_most_twenty_a_minute_per_address_and_all_answered_401() {
        assertCapped(apiKeys(), "hk_" + "x".repeat(80), null);
    }

    @Test
    void refused_refresh_tokens_are_audited_at_most_twenty_a_minute_per_address_and_all_answered_401() {
        SessionsService sessions = new SessionsService(new SessionsServiceTest.OneAccount(),
                new SessionsServiceTest.NoStore(), new SessionsServiceTest.RecordingHasher(),
                email -> email.getBytes(java.nio.charset.StandardCharsets.UTF_8), throttle,
                new SessionsServiceTest.NoRefreshTokens(), (claims, key) -> "signed",
                new SigningKeyRing(new SessionsServiceTest.NoKeys()), policy, audit, clock);
        assertCapped(query -> {
            sessions.refresh(new dev.hearth.application.port.in.auth.RefreshSessionCommand(query.token(),
                    new dev.hearth.application.port.model.CallContext("anonymous", query.requestId()),
                    query.clientAddress()));
            return null;
        }, "not-a-refresh-token", "refresh");
    }

    @Test
    void each_kind_counts_apart_so_a_flood_of_one_does_not_silence_the_others() {
        flood(accessTokens(), "forged.access.token", 30);
        long before = audit.readAfter(0, 1_000).size();
        refuse(externalTokens(), "forged.external.token", ATTACKER);
        refuse(apiKeys(), "hk_" + "x".repeat(80), ATTACKER);
        assertThat(actions(before)).containsExactly("auth.token_rejected", "auth.api_key_rejected");
    }

    private void assertCapped(AuthenticateBearerTokenUseCase service, String credential, String tokenType) {
        List<ApplicationException> answers = flood(service, credential, 25);
        assertThat(answers).hasSize(25).allSatisfy(e -> {
            assertThat(e.errorCode()).isEqualTo(ErrorCode.UNAUTHENTICATED);
            assertThat(e.getMessage()).isEqualTo(answers.get(0).getMessage());
        });
        List<RecordedAuditEvent> events = audit.readAfter(0, 1_000);
        assertThat(events).as("capped per address").hasSize(RejectionAuditAllowance.PER_ADDRESS)
                .allSatisfy(e -> assertThat(e.event().actorId()).isEqualTo("anonymous"));
        if (tokenType != null) {
            assertThat(events).allSatisfy(e -> assertThat(e.event().details()).containsEntry("token_type", tokenType));
        }

        refuse(service, credential, "198.51.100.2");
        assertThat(audit.readAfter(0, 1_000)).as("another address is still audited").hasSize(21);

        clock.advance(Duration.ofSeconds(59));
        refuse(service, credential, ATTACKER);
        assertThat(audit.readAfter(0, 1_000)).as("still within the minute").hasSize(21);

        clock.advance(Duration.ofSeconds(2));
        refuse(service, credential, ATTACKER);
        assertThat(audit.readAfter(0, 1_000)).as("a minute later the address is audited again").hasSize(22);
    }

    private List<ApplicationException> flood(AuthenticateBearerTokenUseCase service, String credential, int times) {
        return IntStream.range(0, times).mapToObj(i -> refuse(service, credential, ATTACKER)).toList();
    }

    private static ApplicationException refuse(AuthenticateBearerTokenUseCase service, String credential,
                                               String address) {
        ApplicationException e = catchThrowableOfType(() -> service.authenticate(
                new AuthenticateBearerTokenQuery(credential, "req-1", address)), ApplicationException.class);
        assertThat(e).as("refused").isNotNull();
        return e;
    }

    private List<String> actions(long after) {
        return audit.readAfter(0, 1_000).stream().skip(after).map(e -> e.event().action()).toList();
    }

    @SuppressWarnings("unchecked")
    private static <T> T unused(Class<T> port) {
        return (T) Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
            throw new AssertionError(port.getSimpleName() + "." + method.getName() + " is not used by a refusal");
        });
    }

    /** A sliding-window failure count, as the in-process adapter keeps it. */
    static final class CountingThrottle implements ThrottleAttemptsPort {
        private final Map<String, Deque<Instant>> failures = new HashMap<>();

        @Override
        public Optional<Duration> blockedFor(ThrottleRule rule, String key, Instant now) {
            Deque<Instant> times = prune(rule, key, now);
            return times.size() < rule.limit() ? Optional.empty()
                    : Optional.of(Duration.between(now, times.peekFirst().plus(rule.window())));
        }

        @Override
        public void recordFailure(ThrottleRule rule, String key, Instant now) {
            prune(rule, key, now).addLast(now);
        }

        @Override
        public void reset(ThrottleRule rule, String key) {
            failures.remove(rule.name() + "|" + key);
        }

        @Override
        public Optional<Duration> blockedFor(BackoffRule rule, String key, Instant now) {
            throw new AssertionError("refusal audits count in sliding windows only");
        }

        @Override
        public void recordFailure(BackoffRule rule, String key, Instant now) {
            throw new AssertionError("refusal audits count in sliding windows only");
        }

        @Override
        public void reset(BackoffRule rule, String key) {
            throw new AssertionError("refusal audits count in sliding windows only");
        }

        private Deque<Instant> prune(ThrottleRule rule, String key, Instant now) {
            Deque<Instant> times = failures.computeIfAbsent(rule.name() + "|" + key, k -> new ArrayDeque<>());
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(rule.window()))) {
                times.removeFirst();
            }
            return times;
        }
    }
}
