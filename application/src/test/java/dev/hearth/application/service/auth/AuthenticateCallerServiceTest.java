package dev.hearth.application.service.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.application.port.in.auth.AuthenticateBearerTokenQuery;
import dev.hearth.application.port.in.auth.AuthenticateBearerTokenUseCase;
import dev.hearth.application.port.in.auth.AuthenticatedAccount;
import dev.hearth.application.port.in.auth.CredentialKind;
import dev.hearth.application.port.in.auth.Scopes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Privileges are the credential's intersected with the account's now, and sign-ins are judged recent (ADR 0021). */
class AuthenticateCallerServiceTest {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    private static final UUID ADMIN = UUID.fromString("01930000-0000-7000-8000-0000000000a1");
    private static final UUID FORMER_ADMIN = UUID.fromString("01930000-0000-7000-8000-0000000000a2");
    private static final UUID SUPPORT = UUID.fromString("01930000-0000-7000-8000-0000000000b1");
    private static final List<String> EVERY_SCOPE = List.of(Scopes.ACCOUNT, Scopes.ADMIN_SIGNING_KEYS,
            Scopes.ADMIN_AUDIT, Scopes.SUPPORT_CRISIS_OVERRIDE);
    private static final AuthPolicy POLICY = AuthPolicy.defaults("hearth", "hearth-api", Set.of(ADMIN),
            Duration.ofDays(30)).withSupportAccounts(Set.of(SUPPORT));

    @Test
    void a_credential_keeps_only_the_scopes_its_account_still_holds_whatever_its_kind() {
        for (CredentialKind kind : CredentialKind.values()) {
            assertThat(caller(new AuthenticatedAccount(FORMER_ADMIN, EVERY_SCOPE, "t", NOW.plusSeconds(60), kind,
                    null, false)).scopes()).as(kind.name()).containsExactly(Scopes.ACCOUNT);
            assertThat(caller(new AuthenticatedAccount(ADMIN, EVERY_SCOPE, "t", NOW.plusSeconds(60), kind,
                    null, false)).scopes()).as(kind.name())
                    .containsExactly(Scopes.ACCOUNT, Scopes.ADMIN_SIGNING_KEYS, Scopes.ADMIN_AUDIT);
            assertThat(caller(new AuthenticatedAccount(SUPPORT, List.of(Scopes.ADMIN_AUDIT,
                    Scopes.SUPPORT_CRISIS_OVERRIDE), "t", NOW.plusSeconds(60), kind, null, false)).scopes())
                    .as("never wider than the credential: " + kind)
                    .containsExactly(Scopes.SUPPORT_CRISIS_OVERRIDE);
        }
    }

    @Test
    void a_sign_in_is_recent_within_the_window_and_only_for_a_hearth_access_token() {
        assertThat(signedIn(CredentialKind.ACCESS_TOKEN, NOW.minus(Duration.ofMinutes(15)))).isTrue();
        assertThat(signedIn(CredentialKind.ACCESS_TOKEN, NOW.minus(Duration.ofMinutes(15)).minusSeconds(1)))
                .isFalse();
        assertThat(signedIn(CredentialKind.ACCESS_TOKEN, null)).as("a token without auth_time").isFalse();
        assertThat(signedIn(CredentialKind.ACCESS_TOKEN, NOW.plus(Duration.ofMinutes(5)))).as("from the future")
                .isFalse();
        assertThat(signedIn(CredentialKind.API_KEY, NOW)).isFalse();
        assertThat(signedIn(CredentialKind.EXTERNAL_TOKEN, NOW)).isFalse();
        assertThat(new AuthenticatedAccount(ADMIN, EVERY_SCOPE, "t", NOW, CredentialKind.EXTERNAL_TOKEN)
                .isSignedInPerson()).isFalse();
        assertThat(new AuthenticatedAccount(ADMIN, EVERY_SCOPE, "t", NOW, CredentialKind.API_KEY)
                .isSignedInPerson()).isFalse();
        assertThat(new AuthenticatedAccount(ADMIN, EVERY_SCOPE, "t", NOW).isSignedInPerson()).isTrue();
    }

    @Test
    void the_window_comes_from_the_policy() {
        AuthPolicy shorter = POLICY.withReauthenticationWindow(Duration.ofMinutes(5));
        AuthenticatedAccount presented = new AuthenticatedAccount(ADMIN, EVERY_SCOPE, "t", NOW.plusSeconds(60),
                CredentialKind.ACCESS_TOKEN, NOW.minus(Duration.ofMinutes(6)), false);
        assertThat(service(presented, shorter).authenticate(new AuthenticateBearerTokenQuery("token", "req-1"))
                .recentlyAuthenticated()).isFalse();
    }

    private static boolean signedIn(CredentialKind kind, Instant authTime) {
        return caller(new AuthenticatedAccount(ADMIN, EVERY_SCOPE, "t", NOW.plusSeconds(60), kind, authTime, false))
                .recentlyAuthenticated();
    }

    private static AuthenticatedAccount caller(AuthenticatedAccount presented) {
        String token = presented.credential() == CredentialKind.API_KEY ? ApiKeys.newKey() : "a.b.c";
        return service(presented, POLICY).authenticate(new AuthenticateBearerTokenQuery(token, "req-1"));
    }

    private static AuthenticateCallerService service(AuthenticatedAccount presented, AuthPolicy policy) {
        AuthenticateBearerTokenUseCase answer = query -> presented;
        return new AuthenticateCallerService(answer, answer, answer, token -> true, policy,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }
}
