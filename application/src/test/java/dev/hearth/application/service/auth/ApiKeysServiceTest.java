package dev.hearth.application.service.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import dev.hearth.application.error.FieldError;
import dev.hearth.application.port.in.auth.ApiKeyRotation;
import dev.hearth.application.port.in.auth.ApiKeyView;
import dev.hearth.application.port.in.auth.AuthenticateBearerTokenQuery;
import dev.hearth.application.port.in.auth.AuthenticatedAccount;
import dev.hearth.application.port.in.auth.CreateApiKeyCommand;
import dev.hearth.application.port.in.auth.CredentialKind;
import dev.hearth.application.port.in.auth.IssuedApiKey;
import dev.hearth.application.port.in.auth.ListApiKeysQuery;
import dev.hearth.application.port.in.auth.RevokeApiKeyCommand;
import dev.hearth.application.port.in.auth.RotateApiKeyCommand;
import dev.hearth.application.port.model.CallContext;
import dev.hearth.application.port.out.audit.AuditEvent;
import dev.hearth.application.port.out.audit.InMemoryAuditLog;
import dev.hearth.application.port.out.identity.InMemoryApiKeys;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * API keys (ADR 0020) over an in-memory key store and audit log: issuing, listing, rotating and revoking them, and
 * what authenticating with one accepts and refuses. Time moves by building the services on a later clock.
 */
class ApiKeysServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final UUID ADA = UUID.fromString("0196a0c2-0000-7000-8000-0000000000b1");
    private static final UUID BOB = UUID.fromString("0196a0c2-0000-7000-8000-0000000000b2");
    private static final ApiKeyPolicy POLICY = ApiKeyPolicy.defaults(Duration.ofHours(24));

    private final InMemoryApiKeys keys = new InMemoryApiKeys();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final ApiKeysService service = keysAt(NOW);

    private ApiKeysService keysAt(Instant at) {
        return new ApiKeysService(keys, keys, POLICY, audit, Clock.fixed(at, ZoneOffset.UTC));
    }

    private AuthenticateApiKeyService authenticatorAt(Instant at) {
        return new AuthenticateApiKeyService(keys, keys, new SessionsServiceTest.NoThrottle(), POLICY, audit,
                Clock.fixed(at, ZoneOffset.UTC));
    }

    /** A signed-in person (an access token) with the account scope and the given others. */
    private static AuthenticatedAccount signedIn(UUID account, String... more) {
        List<String> scopes = new java.util.ArrayList<>(List.of("account"));
        scopes.addAll(List.of(more));
        return new AuthenticatedAccount(account, scopes, "token-1", NOW.plusSeconds(600));
    }

    private static CallContext context(UUID account) {
        return new CallContext(account.toString(), "req-1");
    }

    private IssuedApiKey create(UUID account, List<String> scopes, Integer days) {
        return service.create(new CreateApiKeyCommand(signedIn(account), "deploy bot", scopes, days,
                context(account)));
    }

    private AuthenticatedAccount authenticate(Instant at, String secret) {
        return authenticatorAt(at).authenticate(new AuthenticateBearerTokenQuery(secret, "req-9", "192.0.2.7"));
    }

    /** The refusal's reason in the audit trail (the answer itself is the same 401 for every reason). */
    private String refusedAt(Instant at, String secret) {
        audit.clear();
        ApplicationException refused = (ApplicationException) org.assertj.core.api.Assertions.catchThrowable(
                () -> authenticate(at, secret));
        assertThat(refused.errorCode()).isEqualTo(ErrorCode.UNAUTHENTICATED);
        AuditEvent event = audit.events().get(0);
        assertThat(event.action()).isEqualTo("auth.api_key_rejected");
        return event.details().get("reason");
    }

    private static ApplicationException refusal(Runnable call) {
        return (ApplicationException) org.assertj.core.api.Assertions.catchThrowable(call::run);
    }

    // ----- create and list ---------------------------------------------------------------------------------------------

    @Test
    void a_new_key_authenticates_as_its_account_with_its_own_scopes_and_only_its_hash_is_stored() {
        IssuedApiKey issued = create(ADA, List.of("account"), 30);

        AuthenticatedAccount caller = authenticate(NOW.plusSeconds(60), issued.secret());

        assertThat(caller.accountId()).isEqualTo(ADA);
        assertThat(caller.scopes()).containsExactly("account");
        assertThat(caller.credential()).isEqualTo(CredentialKind.API_KEY);
        assertThat(caller.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(30)));
        assertThat(issued.key().prefix()).isEqualTo(issued.secret().substring(0, 11));
        assertThat(keys.all()).singleElement().satisfies(stored -> {
            assertThat(stored.secretHash()).isEqualTo(ApiKeys.hash(issued.secret()));
            assertThat(stored.toString()).doesNotContain(issued.secret());
        });
    }

    @Test
    void creating_a_key_is_audited_by_key_id_and_prefix_never_with_the_secret() {
        IssuedApiKey issued = create(ADA, List.of("account"), null);

        assertThat(audit.events()).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo("api_key.created");
            assertThat(event.actorId()).isEqualTo(ADA.toString());
            assertThat(event.targetId()).isEqualTo(issued.key().id().toString());
            assertThat(event.details()).containsEntry("prefix", issued.key().prefix())
                    .containsEntry("scopes", "account")
                    .containsEntry("expires_at", NOW.plus(ApiKeyPolicy.DEFAULT_LIFETIME).toString());
            assertThat(event.toString()).doesNotContain(issued.secret().substring(12));
        });
    }

    @Test
    void a_key_cannot_have_a_scope_the_callers_own_token_lacks() {
        ApplicationException refused = refusal(() -> create(ADA, List.of("account", "admin:audit"), 30));

        assertThat(refused.errorCode()).isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(keys.all()).isEmpty();
        assertThat(audit.events()).isEmpty();
    }

    @Test
    void a_key_cannot_create_or_rotate_keys_but_may_revoke_itself() {
        IssuedApiKey issued = create(ADA, List.of("account"), 30);
        AuthenticatedAccount byKey = authenticate(NOW, issued.secret());

        assertThat(refusal(() -> service.create(new CreateApiKeyCommand(byKey, "child", List.of("account"), 30,
                context(ADA)))).errorCode()).isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(refusal(() -> service.rotate(new RotateApiKeyCommand(byKey, issued.key().id(), context(ADA))))
                .errorCode()).isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(keys.all()).hasSize(1);

        service.revoke(new RevokeApiKeyCommand(byKey, issued.key().id(), context(ADA)));
        assertThat(audit.events()).last().satisfies(event -> assertThat(event.details())
                .containsEntry("credential", "api_key"));
    }

    @Test
    void a_request_with_a_bad_name_scopes_and_expiry_is_refused_naming_each_field() {
        ApplicationException refused = refusal(() -> service.create(new CreateApiKeyCommand(signedIn(ADA), " ",
                java.util.Arrays.asList("account", "Not A Scope", null), 366, context(ADA))));

        assertThat(refused.errorCode()).isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(refused.fieldErrors()).extracting(FieldError::field)
                .containsExactly("name", "scopes[1]", "scopes[2]", "expiresInDays");
        assertThat(keys.all()).isEmpty();
    }

    @Test
    void the_list_shows_only_the_callers_keys_with_their_state_and_never_a_secret() {
        IssuedApiKey kept = create(ADA, List.of("account"), 30);
        IssuedApiKey revoked = create(ADA, List.of("account"), 30);
        create(BOB, List.of("account"), 30);
        service.revoke(new RevokeApiKeyCommand(signedIn(ADA), revoked.key().id(), context(ADA)));

        List<ApiKeyView> listed = keysAt(NOW.plusSeconds(1)).list(new ListApiKeysQuery(signedIn(ADA)));

        assertThat(listed).extracting(ApiKeyView::id, ApiKeyView::state).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(kept.key().id(), "active"),
                org.assertj.core.groups.Tuple.tuple(revoked.key().id(), "revoked"));
        assertThat(listed.toString()).doesNotContain(kept.secret().substring(12));
        assertThat(keysAt(NOW.plus(Duration.ofDays(30))).list(new ListApiKeysQuery(signedIn(ADA))))
                .extracting(ApiKeyView::state).containsOnly("expired", "revoked");
    }

    // ----- rotate and revoke -------------------------------------------------------------------------------------------

    @Test
    void a_rotated_key_keeps_working_through_the_overlap_then_is_refused_while_its_successor_works() {
        IssuedApiKey old = create(ADA, List.of("account"), 90);
        Instant rotatedAt = NOW.plus(Duration.ofDays(10));

        ApiKeyRotation rotation = keysAt(rotatedAt).rotate(new RotateApiKeyCommand(signedIn(ADA), old.key().id(),
                context(ADA)));

        assertThat(rotation.previous().state()).isEqualTo("rotating");
        assertThat(rotation.previous().expiresAt()).isEqualTo(rotatedAt.plus(Duration.ofHours(24)));
        assertThat(rotation.successor().key().expiresAt()).isEqualTo(rotatedAt.plus(Duration.ofDays(90)));
        assertThat(rotation.successor().key().scopes()).isEqualTo(old.key().scopes());
        Instant lastOverlapSecond = rotatedAt.plus(Duration.ofHours(24)).minusSeconds(1);
        assertThat(authenticate(lastOverlapSecond, old.secret()).accountId()).isEqualTo(ADA);
        assertThat(refusedAt(rotatedAt.plus(Duration.ofHours(24)), old.secret())).isEqualTo("rotated_out");
        assertThat(authenticate(rotatedAt.plus(Duration.ofHours(24)), rotation.successor().secret()).accountId())
                .isEqualTo(ADA);
    }

    @Test
    void a_rotation_is_audited_on_the_old_key_naming_its_successor_and_the_end_of_the_overlap() {
        IssuedApiKey old = create(ADA, List.of("account"), 90);
        audit.clear();

        ApiKeyRotation rotation = service.rotate(new RotateApiKeyCommand(signedIn(ADA), old.key().id(),
                context(ADA)));

        assertThat(audit.events()).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo("api_key.rotated");
            assertThat(event.targetId()).isEqualTo(old.key().id().toString());
            assertThat(event.details()).containsEntry("successor", rotation.successor().key().id().toString())
                    .containsEntry("previous_valid_until", NOW.plus(Duration.ofHours(24)).toString());
        });
    }

    @Test
    void only_an_active_key_can_be_rotated() {
        IssuedApiKey revoked = create(ADA, List.of("account"), 30);
        service.revoke(new RevokeApiKeyCommand(signedIn(ADA), revoked.key().id(), context(ADA)));
        IssuedApiKey rotated = create(ADA, List.of("account"), 30);
        service.rotate(new RotateApiKeyCommand(signedIn(ADA), rotated.key().id(), context(ADA)));

        assertThat(refusal(() -> service.rotate(new RotateApiKeyCommand(signedIn(ADA), revoked.key().id(),
                context(ADA)))).fieldErrors()).extracting(FieldError::code).containsExactly("api_key_revoked");
        assertThat(refusal(() -> service.rotate(new RotateApiKeyCommand(signedIn(ADA), rotated.key().id(),
                context(ADA)))).fieldErrors()).extracting(FieldError::code).containsExactly("api_key_rotating");
    }

    @Test
    void a_revoked_key_is_refused_at_once_and_the_revocation_is_audited_once() {
        IssuedApiKey issued = create(ADA, List.of("account"), 30);
        audit.clear();

        service.revoke(new RevokeApiKeyCommand(signedIn(ADA), issued.key().id(), context(ADA)));
        service.revoke(new RevokeApiKeyCommand(signedIn(ADA), issued.key().id(), context(ADA)));

        assertThat(audit.events()).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo("api_key.revoked");
            assertThat(event.targetId()).isEqualTo(issued.key().id().toString());
            assertThat(event.details()).containsEntry("credential", "access_token");
        });
        assertThat(refusedAt(NOW, issued.secret())).isEqualTo("revoked");
    }

    @Test
    void another_accounts_key_cannot_be_seen_rotated_or_revoked() {
        IssuedApiKey bobs = create(BOB, List.of("account"), 30);
        audit.clear();

        assertThat(refusal(() -> service.revoke(new RevokeApiKeyCommand(signedIn(ADA), bobs.key().id(),
                context(ADA)))).errorCode()).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(refusal(() -> service.rotate(new RotateApiKeyCommand(signedIn(ADA), bobs.key().id(),
                context(ADA)))).errorCode()).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(service.list(new ListApiKeysQuery(signedIn(ADA)))).isEmpty();
        assertThat(audit.events()).isEmpty();
        assertThat(authenticate(NOW, bobs.secret()).accountId()).isEqualTo(BOB);
    }

    // ----- authenticating ----------------------------------------------------------------------------------------------

    @Test
    void a_key_is_refused_from_the_moment_it_expires() {
        IssuedApiKey issued = create(ADA, List.of("account"), 1);

        assertThat(authenticate(NOW.plus(Duration.ofDays(1)).minusSeconds(1), issued.secret()).accountId())
                .isEqualTo(ADA);
        assertThat(refusedAt(NOW.plus(Duration.ofDays(1)), issued.secret())).isEqualTo("expired");
    }

    @Test
    void a_wrong_secret_under_a_known_prefix_is_refused_and_audited_against_that_key() {
        IssuedApiKey issued = create(ADA, List.of("account"), 30);
        String secret = issued.secret();
        char last = secret.charAt(secret.length() - 1);
        String wrong = secret.substring(0, secret.length() - 1) + (last == 'a' ? 'b' : 'a');

        assertThat(refusedAt(NOW, wrong)).isEqualTo("wrong_secret");
        AuditEvent event = audit.events().get(0);
        assertThat(event.actorId()).isEqualTo(CallContext.UNAUTHENTICATED_ACTOR);
        assertThat(event.targetId()).isEqualTo(issued.key().id().toString());
        assertThat(event.details()).containsEntry("prefix", issued.key().prefix());
        assertThat(event.toString()).doesNotContain(wrong.substring(12));
    }

    @Test
    void an_unknown_or_malformed_key_is_refused_and_audited_without_a_target() {
        String unknown = "hk_AAAAAAAA_" + "B".repeat(43);

        assertThat(refusedAt(NOW, unknown)).isEqualTo("unknown_key");
        assertThat(audit.events().get(0).targetId()).isEqualTo("unverified");
        assertThat(refusedAt(NOW, "hk_short")).isEqualTo("malformed");
    }

    @Test
    void a_use_is_recorded_at_most_once_a_minute() {
        IssuedApiKey issued = create(ADA, List.of("account"), 30);

        authenticate(NOW.plusSeconds(5), issued.secret());
        authenticate(NOW.plusSeconds(50), issued.secret());
        assertThat(keys.all().get(0).lastUsedAt()).isEqualTo(NOW.plusSeconds(5));

        authenticate(NOW.plusSeconds(66), issued.secret());
        assertThat(keys.all().get(0).lastUsedAt()).isEqualTo(NOW.plusSeconds(66));
    }
}
