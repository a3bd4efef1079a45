package dev.hearth.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hearth.adapter.in.http.HttpServer;
import dev.hearth.adapter.in.http.HttpSettings;
import dev.hearth.adapter.in.http.auth.ApiKeyRoutes;
import dev.hearth.adapter.in.http.auth.AuthRoutes;
import dev.hearth.adapter.out.identity.Argon2Parameters;
import dev.hearth.adapter.out.postgres.PostgresAdapters;
import dev.hearth.adapter.out.postgres.PostgresSettings;
import dev.hearth.adapter.out.postgres.crypto.FieldKeyset;
import dev.hearth.adapter.out.postgres.crypto.TinkFieldEncryptionAdapter;
import dev.hearth.application.port.in.auth.LogInCommand;
import dev.hearth.application.port.in.auth.RegisterAccountCommand;
import dev.hearth.application.port.model.CallContext;
import dev.hearth.application.port.out.audit.AuditEvent;
import dev.hearth.application.port.out.audit.RecordedAuditEvent;
import dev.hearth.application.port.out.identity.ThrottleRule;
import dev.hearth.bootstrap.config.IdentitySettings;
import dev.hearth.testsupport.DocumentedHttp;
import dev.hearth.testsupport.MovableClock;
import dev.hearth.testsupport.TestDatabase;
import dev.hearth.testsupport.TestPostgres;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * API keys end to end (issue 6, ADR 0020): real HTTP, the real identity wiring and PostgreSQL, a clock the test moves.
 * The attacks: a wrong secret behind a right prefix, a revoked key, an expired key, a rotated key after its overlap, a
 * key whose account was deleted, scope escalation at creation, a key minting keys, and a flood of garbage keys (the
 * audit trail takes only so many refusals per client address). Each test starts on its own day, so one test's
 * throttle windows never reach into another's.
 */
class ApiKeysEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DocumentedHttp CLIENT = DocumentedHttp.client();
    private static final String PASSWORD = TestCredentials.PASSWORD;
    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    private static final MovableClock CLOCK = new MovableClock(T0);
    private static final AtomicInteger DAY = new AtomicInteger();
    private static final AtomicInteger ACCOUNTS = new AtomicInteger();

    private static TestDatabase db;
    private static PostgresAdapters postgres;
    private static IdentityWiring identity;
    private static HttpServer http;
    private static UUID adminId;

    @BeforeAll
    static void start() throws Exception {
        db = TestPostgres.instance().createDatabase(ApiKeysEndToEndTest.class);
        postgres = PostgresAdapters.start(PostgresSettings.external(db.jdbcUrl(), db.user(), db.password()));
        postgres.migrate(TinkFieldEncryptionAdapter.create(FieldKeyset.generate()));
        var store = postgres.identity(TinkFieldEncryptionAdapter.create(FieldKeyset.generate()));
        byte[] lookupKey = new byte[32];
        lookupKey[0] = 7;
        CallContext setup = new CallContext("anonymous", "setup");
        try (IdentityWiring first = IdentityWiring.start(settings(lookupKey, Set.of()), store, postgres.auditLog(),
                Argon2Parameters.OWASP, CLOCK)) {
            first.useCases().register().register(new RegisterAccountCommand("operator@example.org", PASSWORD,
                    "192.0.2.1", setup));
            adminId = first.useCases().logIn().logIn(new LogInCommand("operator@example.org", PASSWORD, "192.0.2.1",
                    setup)).accountId();
        }
        identity = IdentityWiring.start(settings(lookupKey, Set.of(adminId)), store, postgres.auditLog(),
                Argon2Parameters.OWASP, CLOCK, policy -> policy.withRegisterPerAddress(
                        new ThrottleRule("register_address", 1000, Duration.ofHours(1))));
        http = HttpServer.start(new HttpSettings("127.0.0.1", 0, HttpSettings.DEFAULT_MAX_REQUEST_BYTES,
                Duration.ZERO, HearthApi.INFO), List.of(new AuthRoutes(identity.useCases()),
                new ApiKeyRoutes(identity.useCases().apiKeys())), identity.useCases().authenticate(), null,
                TestIdempotency.over(postgres, CLOCK));
    }

    private static IdentitySettings settings(byte[] lookupKey, Set<UUID> admins) throws Exception {
        return new IdentitySettings("https://hearth.test", "hearth-api", lookupKey, false,
                Files.createTempDirectory("hearth-apikeys-e2e"), admins, Duration.ofDays(30), Set.of(), Duration.ofHours(24), null);
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
    void aNewDay() {
        CLOCK.set(T0.plus(Duration.ofDays(400L * DAY.getAndIncrement())));
    }

    // ----- the happy path ---------------------------------------------------------------------------------------

    @Test
    void a_key_is_shown_once_listed_without_its_secret_and_acts_for_its_account() throws Exception {
        Session ada = signUp();
        long before = lastSequence();
        HttpResponse<String> created = post("/v1/auth/api-keys", keyRequest("budget sync", List.of("account"), 30),
                ada.accessToken());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode body = JSON.readTree(created.body());
        String apiKey = body.get("apiKey").asText();
        String id = body.get("key").get("id").asText();
        assertThat(apiKey).matches("hk_[A-Za-z0-9]{8}_[A-Za-z0-9]{43}");
        assertThat(body.get("key").get("prefix").asText()).isEqualTo(apiKey.substring(0, 11));
        assertThat(body.get("key").get("expiresAt").asText()).isEqualTo(CLOCK.instant().plus(Duration.ofDays(30))
                .toString());
        assertThat(created.headers().firstValue("Location")).hasValue("/v1/auth/api-keys/" + id);

        HttpResponse<String> me = get("/v1/auth/me", apiKey);
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(JSON.readTree(me.body()).get("accountId").asText()).isEqualTo(ada.accountId);
        assertThat(get("/v1/admin/signing-keys/rotate", apiKey).statusCode()).isIn(403, 405);

        HttpResponse<String> listed = get("/v1/auth/api-keys", ada.accessToken());
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).doesNotContain(apiKey.substring(12)).contains(apiKey.substring(0, 11));
        JsonNode item = JSON.readTree(listed.body()).get("items").get(0);
        assertThat(item.get("name").asText()).isEqualTo("budget sync");
        assertThat(item.get("state").asText()).isEqualTo("active");
        assertThat(item.get("lastUsedAt").asText()).isEqualTo(CLOCK.instant().toString());

        List<AuditEvent> events = keyEventsSince(before);
        assertThat(events).extracting(AuditEvent::action).containsExactly("api_key.created");
        assertThat(events.get(0).actorId()).isEqualTo(ada.accountId);
        assertThat(events.get(0).targetId()).isEqualTo(id);
        assertThat(events.toString()).doesNotContain(apiKey.substring(12));
        assertThat(storedHashes()).noneMatch(h -> h.contains(apiKey.substring(12)));
    }

    @Test
    void last_use_is_written_at_most_once_a_minute() throws Exception {
        Session bo = signUp();
        String key = createKey(bo, List.of("account"));
        Instant first = CLOCK.instant();
        assertThat(get("/v1/auth/me", key).statusCode()).isEqualTo(200);
        CLOCK.advance(Duration.ofSeconds(30));
        assertThat(get("/v1/auth/me", key).statusCode()).isEqualTo(200);
        assertThat(lastUsed(bo)).isEqualTo(first.toString());
        CLOCK.advance(Duration.ofSeconds(31));
        assertThat(get("/v1/auth/me", key).statusCode()).isEqualTo(200);
        assertThat(lastUsed(bo)).isEqualTo(CLOCK.instant().toString());
    }

    // ----- attacks ----------------------------------------------------------------------------------------------

    @Test
    void a_wrong_secret_behind_a_right_prefix_is_refused_and_audited_against_that_key() throws Exception {
        Session cy = signUp();
        String key = createKey(cy, List.of("account"));
        String id = onlyKeyId(cy);
        // forged twice: another character, and the same key with one letter's case flipped, which only a
        // case-sensitive reading of the Authorization header tells apart from the real key on a reused connection
        String otherCharacter = key.substring(0, 12) + (key.charAt(12) == 'A' ? 'B' : 'A') + key.substring(13);
        assertRefused(otherCharacter, "wrong_secret", id);
        assertThat(get("/v1/auth/me", key).statusCode()).as("the real key still works").isEqualTo(200);
        String otherCase = withFirstSecretLetterCaseFlipped(key);
        assertRefused(otherCase, "wrong_secret", id);
        assertThat(get("/v1/auth/me", key).statusCode()).as("the real key still works").isEqualTo(200);
        assertRefused(otherCase, "wrong_secret", id);
    }

    private static String withFirstSecretLetterCaseFlipped(String key) {
        for (int i = 12; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isLetter(c)) {
                char flipped = Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
                return key.substring(0, i) + flipped + key.substring(i + 1);
            }
        }
        throw new IllegalStateException("a 43-character base62 secret without a letter");
    }

    @Test
    void an_unknown_or_malformed_key_is_refused() throws Exception {
        assertRefused("hk_ZZZZZZZZ_" + "a".repeat(43), "unknown_key", "unverified");
        assertRefused("hk_short", "malformed", "unverified");
    }

    @Test
    void a_revoked_key_is_refused_and_revocation_is_audited_once() throws Exception {
        Session dee = signUp();
        String key = createKey(dee, List.of("account"));
        String id = onlyKeyId(dee);
        long before = lastSequence();
        assertThat(delete("/v1/auth/api-keys/" + id, dee.accessToken()).statusCode()).isEqualTo(204);
        assertThat(delete("/v1/auth/api-keys/" + id, dee.accessToken()).statusCode()).as("idempotent").isEqualTo(204);
        assertThat(keyEventsSince(before)).extracting(AuditEvent::action).containsExactly("api_key.revoked");
        assertRefused(key, "revoked", id);
        assertThat(JSON.readTree(get("/v1/auth/api-keys", dee.accessToken()).body()).get("items").get(0).get("state")
                .asText()).isEqualTo("revoked");
    }

    @Test
    void another_accounts_key_cannot_be_revoked_or_rotated() throws Exception {
        Session ed = signUp();
        Session mallory = signUp();
        createKey(ed, List.of("account"));
        String id = onlyKeyId(ed);
        assertThat(delete("/v1/auth/api-keys/" + id, mallory.accessToken()).statusCode()).isEqualTo(404);
        assertThat(post("/v1/auth/api-keys/" + id + "/rotate", "", mallory.accessToken()).statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(get("/v1/auth/api-keys", ed.accessToken()).body()).get("items").get(0).get("state")
                .asText()).isEqualTo("active");
    }

    @Test
    void an_expired_key_is_refused() throws Exception {
        Session flo = signUp();
        String key = createKey(flo, List.of("account"), 1);
        CLOCK.advance(Duration.ofDays(1).minusSeconds(1));
        assertThat(get("/v1/auth/me", key).statusCode()).isEqualTo(200);
        CLOCK.advance(Duration.ofSeconds(1));
        assertRefused(key, "expired", onlyKeyId(flo));
    }

    @Test
    void a_rotated_key_works_through_the_overlap_window_and_not_after() throws Exception {
        Session gus = signUp();
        String old = createKey(gus, List.of("account"), 90);
        String oldId = onlyKeyId(gus);
        CLOCK.advance(Duration.ofDays(10));
        long before = lastSequence();
        HttpResponse<String> rotated = post("/v1/auth/api-keys/" + oldId + "/rotate", "", gus.accessToken());
        assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(201);
        JsonNode body = JSON.readTree(rotated.body());
        String successor = body.get("successor").get("apiKey").asText();
        assertThat(body.get("previous").get("state").asText()).isEqualTo("rotating");
        assertThat(body.get("previous").get("expiresAt").asText())
                .isEqualTo(CLOCK.instant().plus(Duration.ofHours(24)).toString());
        assertThat(body.get("successor").get("key").get("expiresAt").asText())
                .as("a fresh lifetime as long as the old key's").isEqualTo(CLOCK.instant().plus(Duration.ofDays(90))
                        .toString());
        List<AuditEvent> events = keyEventsSince(before);
        assertThat(events).extracting(AuditEvent::action).containsExactly("api_key.rotated");
        assertThat(events.get(0).targetId()).isEqualTo(oldId);
        assertThat(events.toString()).doesNotContain(successor.substring(12));

        assertThat(post("/v1/auth/api-keys/" + oldId + "/rotate", "", gus.accessToken()).statusCode())
                .as("a key is rotated once").isEqualTo(422);
        CLOCK.advance(Duration.ofHours(24).minusSeconds(1));
        assertThat(get("/v1/auth/me", old).statusCode()).as("inside the overlap").isEqualTo(200);
        assertThat(get("/v1/auth/me", successor).statusCode()).isEqualTo(200);
        CLOCK.advance(Duration.ofSeconds(1));
        assertRefused(old, "rotated_out", oldId);
        assertThat(get("/v1/auth/me", successor).statusCode()).isEqualTo(200);
    }

    @Test
    void a_key_of_a_deleted_account_is_refused() throws Exception {
        Session hal = signUp();
        String key = createKey(hal, List.of("account"));
        try (Connection c = db.connect();
             PreparedStatement s = c.prepareStatement("DELETE FROM identity.account WHERE id = ?")) {
            s.setObject(1, UUID.fromString(hal.accountId));
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
        assertRefused(key, "unknown_key", "unverified");
    }

    @Test
    void a_key_cannot_carry_a_scope_its_creator_lacks() throws Exception {
        Session ida = signUp();
        HttpResponse<String> escalated = post("/v1/auth/api-keys",
                keyRequest("admin please", List.of("account", "admin:signing-keys"), 30), ida.accessToken());
        assertThat(escalated.statusCode()).as(escalated.body()).isEqualTo(403);
        assertThat(JSON.readTree(escalated.body()).get("code").asText()).isEqualTo("forbidden");
        assertThat(JSON.readTree(get("/v1/auth/api-keys", ida.accessToken()).body()).get("items")).isEmpty();

        Session admin = new Session(adminId.toString(), "operator@example.org");
        String adminKey = createKey(admin, List.of("account", "admin:signing-keys"));
        String accountOnly = createKey(admin, List.of("account"));
        assertThat(post("/v1/admin/signing-keys/rotate", "", accountOnly).statusCode())
                .as("a key has only its own scopes").isEqualTo(403);
        assertThat(JSON.readTree(get("/v1/auth/me", adminKey).body()).get("scopes").toString())
                .as("the admin's key carries the admin scope").contains("admin:signing-keys");
        HttpResponse<String> byKey = post("/v1/admin/signing-keys/rotate", "", adminKey);
        assertThat(byKey.statusCode()).as("but a key is not a person signed in (ADR 0021)").isEqualTo(403);
        assertThat(JSON.readTree(byKey.body()).get("code").asText()).isEqualTo("forbidden");
    }

    @Test
    void an_api_key_cannot_mint_or_rotate_keys_but_can_revoke_itself() throws Exception {
        Session jo = signUp();
        String key = createKey(jo, List.of("account"));
        String id = onlyKeyId(jo);
        assertThat(post("/v1/auth/api-keys", keyRequest("child", List.of("account"), 30), key).statusCode())
                .isEqualTo(403);
        assertThat(post("/v1/auth/api-keys/" + id + "/rotate", "", key).statusCode()).isEqualTo(403);
        assertThat(delete("/v1/auth/api-keys/" + id, key).statusCode()).isEqualTo(204);
        assertThat(get("/v1/auth/me", key).statusCode()).isEqualTo(401);
    }

    @Test
    void bad_requests_name_every_field() throws Exception {
        Session kit = signUp();
        HttpResponse<String> response = post("/v1/auth/api-keys", keyRequest("", List.of(), 400), kit.accessToken());
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(response.body()).get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("name", "scopes", "expiresInDays");
    }

    @Test
    void a_flood_of_garbage_keys_is_refused_but_only_partly_audited() throws Exception {
        long before = lastSequence();
        for (int i = 0; i < 30; i++) {
            assertThat(get("/v1/auth/me", "hk_Garbage" + (i % 10) + "_" + "x".repeat(43)).statusCode()).isEqualTo(401);
        }
        assertThat(auditSince(before)).hasSize(20)
                .allSatisfy(e -> assertThat(e.action()).isEqualTo("auth.api_key_rejected"));
        CLOCK.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertRefused("hk_Garbage0_" + "x".repeat(43), "unknown_key", "unverified");
    }

    // ----- helpers -----------------------------------------------------------------------------------------------

    /** A signed-in account; {@link #accessToken()} logs in again, since the test clock outruns 10-minute tokens. */
    record Session(String accountId, String email) {
        String accessToken() throws Exception {
            return logIn(email);
        }
    }

    private static Session signUp() throws Exception {
        String email = "user" + ACCOUNTS.incrementAndGet() + "@example.org";
        return new Session(TestCredentials.signUp(http.port(), email).accountId(), email);
    }

    private static String logIn(String email) throws Exception {
        return TestCredentials.logIn(http.port(), email).accessToken();
    }

    private static String createKey(Session owner, List<String> scopes) throws Exception {
        return createKey(owner, scopes, 30);
    }

    private static String createKey(Session owner, List<String> scopes, int days) throws Exception {
        HttpResponse<String> created = post("/v1/auth/api-keys", keyRequest("key", scopes, days), owner.accessToken());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).get("apiKey").asText();
    }

    private static String onlyKeyId(Session owner) throws Exception {
        JsonNode items = JSON.readTree(get("/v1/auth/api-keys", owner.accessToken()).body()).get("items");
        assertThat(items).hasSize(1);
        return items.get(0).get("id").asText();
    }

    private static String lastUsed(Session owner) throws Exception {
        return JSON.readTree(get("/v1/auth/api-keys", owner.accessToken()).body()).get("items").get(0).get("lastUsedAt")
                .asText();
    }

    private static String keyRequest(String name, List<String> scopes, int days) throws Exception {
        return JSON.writeValueAsString(Map.of("name", name, "scopes", scopes, "expiresInDays", days));
    }

    private static void assertRefused(String key, String reason, String target) throws Exception {
        long before = lastSequence();
        HttpResponse<String> response = get("/v1/auth/me", key);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"hearth\"");
        assertThat(JSON.readTree(response.body()).get("code").asText()).isEqualTo("unauthenticated");
        assertThat(auditSince(before)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("auth.api_key_rejected");
            assertThat(e.actorId()).isEqualTo("anonymous");
            assertThat(e.targetId()).isEqualTo(target);
            assertThat(e.details()).containsEntry("reason", reason);
        });
    }

    private static List<String> storedHashes() throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.connect();
             PreparedStatement s = c.prepareStatement("SELECT encode(secret_hash, 'escape') FROM identity.api_key");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    private static HttpResponse<String> get(String path, String bearer) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET(), bearer);
    }

    private static HttpResponse<String> delete(String path, String bearer) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).DELETE(), bearer);
    }

    private static HttpResponse<String> post(String path, String body, String bearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (!body.isEmpty()) {
            request.header("Content-Type", "application/json");
        }
        return send(request, bearer);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, String bearer) throws Exception {
        request.timeout(Duration.ofSeconds(20));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
            if (!request.build().method().equals("GET")) {
                request.header(DocumentedHttp.IDEMPOTENCY_KEY, java.util.UUID.randomUUID().toString());
            }
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

    /** The API-key events since {@code sequence} (the helpers' logins leave {@code auth.login_succeeded} too). */
    private static List<AuditEvent> keyEventsSince(long sequence) {
        return auditSince(sequence).stream().filter(e -> e.action().startsWith("api_key.")).toList();
    }
}
