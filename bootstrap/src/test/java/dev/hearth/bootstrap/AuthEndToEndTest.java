package dev.hearth.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hearth.adapter.in.http.HttpServer;
import dev.hearth.adapter.in.http.HttpSettings;
import dev.hearth.adapter.in.http.RouteModule;
import dev.hearth.adapter.in.http.auth.AuthRoutes;
import dev.hearth.adapter.out.identity.Argon2Parameters;
import dev.hearth.adapter.out.identity.NimbusAccessTokenAdapter;
import dev.hearth.adapter.out.postgres.JdbiIdentityAdapter;
import dev.hearth.adapter.out.postgres.PostgresAdapters;
import dev.hearth.adapter.out.postgres.PostgresSettings;
import dev.hearth.adapter.out.postgres.crypto.FieldKeyset;
import dev.hearth.adapter.out.postgres.crypto.TinkFieldEncryptionAdapter;
import dev.hearth.application.port.out.audit.AuditEvent;
import dev.hearth.application.port.out.audit.RecordedAuditEvent;
import dev.hearth.application.port.out.identity.AccessTokenClaims;
import dev.hearth.application.port.out.identity.SigningKeyPair;
import dev.hearth.application.port.out.identity.StoredSigningKey;
import dev.hearth.bootstrap.config.IdentitySettings;
import dev.hearth.testsupport.DocumentedHttp;
import dev.hearth.testsupport.MovableClock;
import dev.hearth.testsupport.TestDatabase;
import dev.hearth.testsupport.TestPostgres;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Accounts and sessions end to end (issue 6, ADR 0018): real HTTP requests to the auth routes, the real identity
 * adapter (Argon2id at the OWASP parameters, ES256 with Nimbus) and the real PostgreSQL store and audit trail, on a
 * clock the test moves. Every forged or stale access token sent to {@code GET /v1/auth/me} must be refused with 401
 * problem+json {@code unauthenticated} and leave {@code auth.token_rejected} with the right reason in the audit trail.
 */
class AuthEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DocumentedHttp CLIENT = DocumentedHttp.client();
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();
    private static final String PASSWORD = "a long passphrase nobody guesses";
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    private static TestDatabase db;
    private static PostgresAdapters postgres;
    private static JdbiIdentityAdapter store;
    private static final MovableClock CLOCK = new MovableClock(T0);
    private static IdentityWiring identity;
    private static HttpServer http;
    private static UUID adminId;
    private static final NimbusAccessTokenAdapter JOSE = new NimbusAccessTokenAdapter();

    @BeforeAll
    static void start() throws Exception {
        db = TestPostgres.instance().createDatabase(AuthEndToEndTest.class);
        postgres = PostgresAdapters.start(PostgresSettings.external(db.jdbcUrl(), db.user(), db.password()));
        postgres.migrate(TinkFieldEncryptionAdapter.create(FieldKeyset.generate()));
        store = postgres.identity(TinkFieldEncryptionAdapter.create(FieldKeyset.generate()));
        byte[] lookupKey = new byte[32];
        lookupKey[0] = 42;
        IdentitySettings plain = settings(lookupKey, Set.of());
        // register the operator first, then serve with that account listed as admin
        try (IdentityWiring first = IdentityWiring.start(plain, store, postgres.auditLog(), Argon2Parameters.OWASP,
                CLOCK)) {
            first.useCases().register().register(new dev.hearth.application.port.in.auth.RegisterAccountCommand(
                    "operator@example.org", PASSWORD, "192.0.2.1",
                    new dev.hearth.application.port.model.CallContext("anonymous", "setup")));
            adminId = first.useCases().logIn().logIn(new dev.hearth.application.port.in.auth.LogInCommand(
                    "operator@example.org", PASSWORD, "192.0.2.1",
                    new dev.hearth.application.port.model.CallContext("anonymous", "setup"))).accountId();
        }
        // every request here comes from 127.0.0.1: allow more registrations than one address normally gets
        identity = IdentityWiring.start(settings(lookupKey, Set.of(adminId)), store, postgres.auditLog(),
                Argon2Parameters.OWASP, CLOCK, policy -> policy.withRegisterPerAddress(
                        new dev.hearth.application.port.out.identity.ThrottleRule("register_address", 1000,
                                Duration.ofHours(1))));
        List<RouteModule> modules = List.of(new AuthRoutes(identity.useCases()));
        http = HttpServer.start(new HttpSettings("127.0.0.1", 0, HttpSettings.DEFAULT_MAX_REQUEST_BYTES,
                Duration.ZERO, HearthApi.INFO), modules, identity.useCases().authenticate(), null,
                TestIdempotency.over(postgres, CLOCK));
    }

    private static IdentitySettings settings(byte[] lookupKey, Set<UUID> admins) throws Exception {
        return new IdentitySettings("https://hearth.test", "hearth-api", lookupKey, false,
                Files.createTempDirectory("hearth-auth-e2e"), admins, Duration.ofDays(30));
    }

    @AfterAll
    static void stop() {
        if (http != null) {
            http.stop();
        }
        if (identity != null) {
            identity.close();
        }
        postgres.close();
    }

    @BeforeEach
    void resetClock() {
        CLOCK.set(T0);
    }

    // ----- the happy path ---------------------------------------------------------------------------------------

    @Test
    void register_log_in_and_ask_who_i_am() throws Exception {
        HttpResponse<String> registered = post("/v1/auth/register", credentials("Ada@Example.org", PASSWORD), null);
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(202);
        HttpResponse<String> again = post("/v1/auth/register", credentials("ada@example.org", PASSWORD + "!"), null);
        assertThat(again.statusCode()).as("a taken address gets the same answer").isEqualTo(202);
        assertThat(again.body()).isEqualTo(registered.body());

        JsonNode session = logIn(" ADA@example.org ", PASSWORD);
        String accessToken = session.get("accessToken").asText();
        assertThat(session.get("tokenType").asText()).isEqualTo("Bearer");
        assertThat(session.get("refreshToken").asText()).matches("hrt_[A-Za-z0-9_-]{43}");
        String payload = new String(Base64.getUrlDecoder().decode(accessToken.split("\\.")[1]), StandardCharsets.UTF_8);
        // the address, not the substring "ada": the random hex of sub and jti contains that about once in 70 tokens
        assertThat(JSON.readTree(payload).fieldNames()).toIterable().as("only these claims")
                .containsExactlyInAnyOrder("aud", "sub", "nbf", "scope", "auth_time", "iss", "exp", "iat", "jti", "sid");
        assertThat(payload).as("no personal data in the token").doesNotContainIgnoringCase("example.org")
                .doesNotContain("@")
                .contains("\"sub\":\"" + session.get("accountId").asText() + "\"", "\"iss\":\"https://hearth.test\"",
                        "\"aud\":\"hearth-api\"", "\"scope\":\"account\"", "\"jti\"", "\"nbf\"", "\"exp\"");

        HttpResponse<String> me = get("/v1/auth/me", accessToken);
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(JSON.readTree(me.body()).get("email").asText()).isEqualTo("ada@example.org");
        assertThat(JSON.readTree(me.body()).get("accountId").asText()).isEqualTo(session.get("accountId").asText());

        List<AuditEvent> events = auditSince(0);
        assertThat(events).extracting(AuditEvent::action).contains("account.registered",
                "account.registration_duplicate", "auth.login_succeeded");
        assertThat(events.toString()).as("the address never reaches the audit trail").doesNotContainIgnoringCase("ada@");
    }

    @Test
    void a_wrong_password_and_an_unknown_address_get_the_same_answer() throws Exception {
        register("bo@example.org");
        HttpResponse<String> wrong = post("/v1/auth/login", credentials("bo@example.org", "not the password!"), null);
        HttpResponse<String> unknown = post("/v1/auth/login", credentials("nobody@example.org", PASSWORD), null);

        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(unknown.statusCode()).isEqualTo(401);
        JsonNode a = JSON.readTree(wrong.body());
        JsonNode b = JSON.readTree(unknown.body());
        assertThat(a.get("code").asText()).isEqualTo("invalid_credentials").isEqualTo(b.get("code").asText());
        assertThat(a.get("detail")).isEqualTo(b.get("detail"));
        assertThat(a.get("title")).isEqualTo(b.get("title"));
        List<AuditEvent> failures = auditSince(0).stream().filter(e -> e.action().equals("auth.login_failed")).toList();
        assertThat(failures).anySatisfy(e -> assertThat(e.actorId()).isEqualTo("anonymous"));
        assertThat(failures).anySatisfy(e -> assertThat(e.actorId()).isNotEqualTo("anonymous"));
    }

    @Test
    void repeated_failures_for_one_address_are_throttled_with_retry_after() throws Exception {
        register("cy@example.org");
        for (int i = 0; i < 5; i++) {
            assertThat(post("/v1/auth/login", credentials("cy@example.org", "wrong password " + i), null)
                    .statusCode()).isEqualTo(401);
        }
        HttpResponse<String> throttled = post("/v1/auth/login", credentials("cy@example.org", PASSWORD), null);

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(throttled.body()).get("code").asText()).isEqualTo("too_many_requests");
        assertThat(Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 900L);

        CLOCK.advance(Duration.ofMinutes(16));
        assertThat(post("/v1/auth/login", credentials("cy@example.org", PASSWORD), null).statusCode())
                .as("the window has passed").isEqualTo(200);
    }

    // ----- JWT attacks on GET /v1/auth/me ------------------------------------------------------------------------

    @Test
    void no_token_is_refused_without_an_audit_event() throws Exception {
        long before = lastSequence();
        HttpResponse<String> response = get("/v1/auth/me", null);
        assertUnauthenticated(response);
        assertThat(lastSequence()).isEqualTo(before);
    }

    @Test
    void alg_none_is_refused() throws Exception {
        String token = b64("{\"alg\":\"none\",\"typ\":\"at+jwt\",\"kid\":\"" + activeKey().kid() + "\"}") + "."
                + payloadOf(validToken("dee@example.org")) + ".";
        assertRefused(token, "algorithm_not_allowed");
    }

    @Test
    void hs256_signed_with_the_public_key_is_refused() throws Exception {
        SigningKeyPair key = activeKey();
        String input = b64("{\"alg\":\"HS256\",\"typ\":\"at+jwt\",\"kid\":\"" + key.kid() + "\"}") + "."
                + payloadOf(validToken("ed@example.org"));
        String jwk = JSON.readTree(get("/.well-known/jwks.json", null).body()).get("keys").get(0).toString();
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(jwk.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        assertRefused(input + "." + B64URL.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII))),
                "algorithm_not_allowed");
    }

    @Test
    void an_expired_token_is_refused() throws Exception {
        String token = validToken("flo@example.org");
        CLOCK.advance(Duration.ofMinutes(10).plusSeconds(31)); // lifetime + skew
        assertRefused(token, "expired");
    }

    @Test
    void a_token_within_the_clock_skew_of_its_expiry_is_still_accepted() throws Exception {
        String token = validToken("gus@example.org");
        CLOCK.advance(Duration.ofMinutes(10).plusSeconds(20));
        assertThat(get("/v1/auth/me", token).statusCode()).isEqualTo(200);
    }

    @Test
    void a_token_not_yet_valid_is_refused() throws Exception {
        UUID account = accountOf(validToken("hal@example.org"));
        Instant later = T0.plus(Duration.ofMinutes(5));
        assertRefused(forge(account, "https://hearth.test", "hearth-api", later, later.plusSeconds(600), activeKey()),
                "not_yet_valid");
    }

    @Test
    void a_wrong_issuer_is_refused() throws Exception {
        UUID account = accountOf(validToken("ida@example.org"));
        assertRefused(forge(account, "https://evil.test", "hearth-api", T0, T0.plusSeconds(600), activeKey()),
                "wrong_issuer");
    }

    @Test
    void a_wrong_audience_is_refused() throws Exception {
        UUID account = accountOf(validToken("jo@example.org"));
        assertRefused(forge(account, "https://hearth.test", "another-api", T0, T0.plusSeconds(600), activeKey()),
                "wrong_audience");
    }

    @Test
    void an_unknown_kid_is_refused() throws Exception {
        UUID account = accountOf(validToken("kit@example.org"));
        assertRefused(forge(account, "https://hearth.test", "hearth-api", T0, T0.plusSeconds(600), JOSE.generate()),
                "unknown_key");
    }

    @Test
    void a_tampered_payload_is_refused() throws Exception {
        String[] parts = validToken("lee@example.org").split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"scope\":\"account\"", "\"scope\":\"account admin:signing-keys\"");
        assertRefused(parts[0] + "." + b64(claims) + "." + parts[2], "bad_signature");
    }

    @Test
    void a_zero_valued_ecdsa_signature_is_refused() throws Exception {
        String token = validToken("mo@example.org");
        assertRefused(token.substring(0, token.lastIndexOf('.') + 1) + B64URL.encodeToString(new byte[64]),
                "bad_signature");
    }

    @Test
    void an_oversized_token_is_refused_before_it_is_parsed() throws Exception {
        String token = validToken("ned@example.org");
        assertRefused(token + "A".repeat(8 * 1024), "too_large");
    }

    @Test
    void a_token_for_a_deleted_account_is_refused() throws Exception {
        String token = validToken("olu@example.org");
        try (Connection c = db.connect();
             PreparedStatement s = c.prepareStatement("DELETE FROM identity.account WHERE id = ?")) {
            s.setObject(1, accountOf(token));
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
        assertRefused(token, "account_not_found");
    }

    // ----- refresh tokens ----------------------------------------------------------------------------------------

    @Test
    void a_refresh_token_rotates_and_its_replay_revokes_the_whole_family() throws Exception {
        register("pat@example.org");
        JsonNode session = logIn("pat@example.org", PASSWORD);
        String first = session.get("refreshToken").asText();

        HttpResponse<String> rotated = post("/v1/auth/refresh", refresh(first), null);
        assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(200);
        String second = JSON.readTree(rotated.body()).get("refreshToken").asText();
        assertThat(second).isNotEqualTo(first);
        assertThat(get("/v1/auth/me", JSON.readTree(rotated.body()).get("accessToken").asText()).statusCode())
                .isEqualTo(200);

        CLOCK.advance(Duration.ofSeconds(11)); // past the grace window
        long before = lastSequence();
        HttpResponse<String> replay = post("/v1/auth/refresh", refresh(first), null);
        assertUnauthenticated(replay);
        List<AuditEvent> events = auditSince(before);
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("auth.token_family_revoked");
            assertThat(e.details()).containsEntry("reason", "reuse_detected")
                    .containsEntry("account_id", session.get("accountId").asText());
        });
        assertUnauthenticated(post("/v1/auth/refresh", refresh(second), null));
        assertThat(lastAudit().details()).containsEntry("reason", "family_revoked");
    }

    @Test
    void a_lost_refresh_answer_may_be_retried_once_within_the_grace_window() throws Exception {
        register("quin@example.org");
        String first = logIn("quin@example.org", PASSWORD).get("refreshToken").asText();
        String lost = JSON.readTree(post("/v1/auth/refresh", refresh(first), null).body()).get("refreshToken").asText();

        CLOCK.advance(Duration.ofSeconds(3));
        HttpResponse<String> retry = post("/v1/auth/refresh", refresh(first), null);
        assertThat(retry.statusCode()).as(retry.body()).isEqualTo(200);
        String kept = JSON.readTree(retry.body()).get("refreshToken").asText();

        assertThat(post("/v1/auth/refresh", refresh(kept), null).statusCode()).isEqualTo(200);
        assertUnauthenticated(post("/v1/auth/refresh", refresh(lost), null));
        assertThat(lastAudit().action()).as("the superseded answer turning up later is reuse")
                .isEqualTo("auth.token_family_revoked");
    }

    @Test
    void logout_revokes_the_family_and_is_audited() throws Exception {
        register("ros@example.org");
        JsonNode session = logIn("ros@example.org", PASSWORD);
        String token = session.get("refreshToken").asText();

        HttpResponse<String> out = post("/v1/auth/logout", refresh(token), null);
        assertThat(out.statusCode()).isEqualTo(204);
        assertThat(lastAudit().action()).isEqualTo("auth.logged_out");
        assertThat(lastAudit().actorId()).isEqualTo(session.get("accountId").asText());
        assertUnauthenticated(post("/v1/auth/refresh", refresh(token), null));
        assertThat(post("/v1/auth/logout", refresh(token), null).statusCode()).as("idempotent").isEqualTo(204);
    }

    // ----- signing keys ------------------------------------------------------------------------------------------

    @Test
    void rotation_publishes_first_signs_later_and_signs_nobody_out() throws Exception {
        register("sam@example.org");
        String admin = logIn("operator@example.org", PASSWORD).get("accessToken").asText();
        String oldKid = kid(admin);

        HttpResponse<String> refused = post("/v1/admin/signing-keys/rotate", "", validToken("tam@example.org"));
        assertThat(refused.statusCode()).as("an ordinary account lacks the admin scope").isEqualTo(403);
        assertThat(JSON.readTree(refused.body()).get("code").asText()).isEqualTo("forbidden");

        HttpResponse<String> rotated = post("/v1/admin/signing-keys/rotate", "", admin);
        assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(rotated.body());
        assertThat(body.get("rotated").asBoolean()).isTrue();
        String newKid = body.get("keys").get(body.get("keys").size() - 1).get("kid").asText();
        assertThat(body.get("keys").get(body.get("keys").size() - 1).get("state").asText()).isEqualTo("pending");
        assertThat(lastAudit().action()).isEqualTo("signing_key.rotated");
        assertThat(lastAudit().actorId()).isEqualTo(adminId.toString());

        HttpResponse<String> jwks = get("/.well-known/jwks.json", null);
        assertThat(jwks.headers().firstValue("Cache-Control")).hasValue("public, max-age=300");
        assertThat(jwks.body()).contains(oldKid, newKid).doesNotContain("\"d\"");
        assertThat(JSON.readTree(post("/v1/admin/signing-keys/rotate", "", admin).body()).get("rotated").asBoolean())
                .as("a second request while one is pending changes nothing").isFalse();

        CLOCK.advance(Duration.ofMinutes(9).plusSeconds(59));
        String lastOld = logIn("sam@example.org", PASSWORD).get("accessToken").asText();
        assertThat(kid(lastOld)).as("the new key does not sign before it has been published 10 minutes")
                .isEqualTo(oldKid);

        CLOCK.advance(Duration.ofSeconds(2));
        String fresh = logIn("sam@example.org", PASSWORD).get("accessToken").asText();
        assertThat(kid(fresh)).isEqualTo(newKid);
        assertThat(get("/v1/auth/me", lastOld).statusCode()).as("a token of the retired key still works")
                .isEqualTo(200);
        assertThat(get("/v1/auth/me", fresh).statusCode()).isEqualTo(200);

        CLOCK.advance(Duration.ofMinutes(16));
        assertThat(get("/.well-known/jwks.json", null).body()).as("the retired key is gone once its tokens are")
                .doesNotContain(oldKid).contains(newKid);
    }

    // ----- helpers -----------------------------------------------------------------------------------------------

    private void assertRefused(String token, String reason) throws Exception {
        long before = lastSequence();
        assertUnauthenticated(get("/v1/auth/me", token));
        List<AuditEvent> events = auditSince(before);
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("auth.token_rejected");
            assertThat(e.actorId()).isEqualTo("anonymous");
            assertThat(e.details()).containsEntry("reason", reason);
        });
    }

    private static void assertUnauthenticated(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"hearth\"");
        assertThat(JSON.readTree(response.body()).get("code").asText()).isEqualTo("unauthenticated");
    }

    private static String forge(UUID account, String issuer, String audience, Instant from, Instant until,
                                SigningKeyPair key) {
        return JOSE.sign(new AccessTokenClaims(issuer, List.of(audience), account.toString(), from, from, until,
                UUID.randomUUID().toString(), List.of("account")), key);
    }

    private static SigningKeyPair activeKey() {
        return store.loadPublished(CLOCK.instant()).stream()
                .filter(k -> k.stateAt(CLOCK.instant()) == dev.hearth.application.port.out.identity.SigningKeyState.ACTIVE)
                .reduce((a, b) -> b).map(StoredSigningKey::keyPair).orElseThrow();
    }

    private String validToken(String email) throws Exception {
        register(email);
        return logIn(email, PASSWORD).get("accessToken").asText();
    }

    private static UUID accountOf(String token) throws Exception {
        return UUID.fromString(JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1])).get("sub").asText());
    }

    private static String kid(String token) throws Exception {
        return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[0])).get("kid").asText();
    }

    private static String payloadOf(String token) {
        return token.split("\\.")[1];
    }

    private static String b64(String json) {
        return B64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private void register(String email) throws Exception {
        assertThat(post("/v1/auth/register", credentials(email, PASSWORD), null).statusCode()).isEqualTo(202);
    }

    private JsonNode logIn(String email, String password) throws Exception {
        HttpResponse<String> response = post("/v1/auth/login", credentials(email, password), null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static String credentials(String email, String password) throws Exception {
        return JSON.writeValueAsString(java.util.Map.of("email", email, "password", password));
    }

    private static String refresh(String token) throws Exception {
        return JSON.writeValueAsString(java.util.Map.of("refreshToken", token));
    }

    private static HttpResponse<String> get(String path, String bearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20)).GET();
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String body, String bearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (!body.isEmpty()) {
            request.header("Content-Type", "application/json");
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
            request.header(DocumentedHttp.IDEMPOTENCY_KEY, java.util.UUID.randomUUID().toString());
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + http.port() + path);
    }

    private static List<RecordedAuditEvent> recordedSince(long sequence) {
        return AuditTrailPages.recordedAfter(postgres.auditLog(), sequence);
    }

    private static long lastSequence() {
        return AuditTrailPages.lastSequence(postgres.auditLog());
    }

    private static List<AuditEvent> auditSince(long sequence) {
        return AuditTrailPages.eventsAfter(postgres.auditLog(), sequence);
    }

    private static AuditEvent lastAudit() {
        List<RecordedAuditEvent> all = recordedSince(0);
        return all.get(all.size() - 1).event();
    }
}
