package dev.hearth.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hearth.bootstrap.config.ConfigLoader;
import dev.hearth.testsupport.DocumentedHttp;
import dev.hearth.testsupport.MovableClock;
import dev.hearth.testsupport.TestDatabase;
import dev.hearth.testsupport.TestPostgres;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Privileges are checked when they are used, not when a credential was minted (ADR 0021), end to end on real
 * PostgreSQL: the server is restarted with a changed {@code HEARTH_ADMIN_ACCOUNT_IDS} / {@code HEARTH_SUPPORT_ACCOUNT_IDS}
 * on the same database, and the credentials minted before keep working only for what the account may still do. Admin
 * actions need a person's recent password sign-in; a key scoped for audit cannot reach households. Every test here
 * failed before ADR 0021 (the old credential, or the key, was answered 200/201/422 instead of 403).
 */
class PrivilegesEndToEndTest {

    private static final DocumentedHttp CLIENT = DocumentedHttp.client();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ROTATE = "/v1/admin/signing-keys/rotate";
    private static final String VERIFY = "/v1/admin/audit/verification";

    private static final MovableClock CLOCK = new MovableClock(
            Instant.now().truncatedTo(ChronoUnit.SECONDS));
    private static final List<String> ACCOUNTS = List.of("former-admin@example.org", "former-support@example.org",
            "household-owner@example.org", "auditor@example.org", "operator@example.org");
    private static final Map<String, String> IDS = new HashMap<>();
    private static Map<String, String> environment;

    @BeforeAll
    static void accounts() throws Exception {
        TestDatabase database = TestPostgres.instance().createDatabase(PrivilegesEndToEndTest.class);
        environment = HearthEndToEndTest.databaseEnvironment(database);
        try (Hearth hearth = start(Map.of())) { // registered while nobody holds any privilege
            for (String email : ACCOUNTS) {
                IDS.put(email, TestCredentials.signUp(hearth.httpPort(), email).accountId());
            }
        }
    }

    @Test
    void an_admins_token_and_key_minted_while_admin_stop_rotating_keys_and_verifying_the_chain_once_it_is_off_the_list()
            throws Exception {
        String id = registered("former-admin@example.org");
        TestCredentials.Login login;
        String key;
        try (Hearth asAdmin = start(Map.of("HEARTH_ADMIN_ACCOUNT_IDS", id))) {
            int port = asAdmin.httpPort();
            login = TestCredentials.logIn(port, "former-admin@example.org");
            key = "Bearer " + TestCredentials.apiKey(port, login.bearer(),
                    List.of("account", "admin:signing-keys", "admin:audit"));
            assertThat(call(port, "POST", ROTATE, login.bearer(), null).statusCode()).as("while admin").isEqualTo(200);
            assertThat(call(port, "POST", VERIFY, login.bearer(), null).statusCode()).as("while admin").isEqualTo(200);
            assertThat(scopes(port, key)).containsExactly("account", "admin:signing-keys", "admin:audit");
        }
        try (Hearth removed = start(Map.of())) {
            int port = removed.httpPort();
            for (String credential : List.of(login.bearer(), key)) {
                assertRefused(call(port, "POST", ROTATE, credential, null), "forbidden");
                assertRefused(call(port, "POST", VERIFY, credential, null), "forbidden");
                assertThat(scopes(port, credential)).as("what the credential may do now").containsExactly("account");
            }
        }
    }

    @Test
    void a_support_accounts_old_token_and_key_cannot_open_a_crisis_override_once_it_is_off_the_list()
            throws Exception {
        String id = registered("former-support@example.org");
        String household;
        TestCredentials.Login login;
        String key;
        String overridePath;
        // no policy reference: 422 proves the access checks let it through, and nothing is opened
        String probe = "{\"justification\": \"Just having a look at this one\", \"minutes\": 30}";
        try (Hearth asSupport = start(Map.of("HEARTH_SUPPORT_ACCOUNT_IDS", id))) {
            int port = asSupport.httpPort();
            TestCredentials.Login owner = TestCredentials.logIn(port, "household-owner@example.org");
            household = TestCredentials.createHousehold(port, owner.bearer());
            overridePath = "/v1/households/" + household + "/crisis-overrides";
            login = TestCredentials.logIn(port, "former-support@example.org");
            key = "Bearer " + TestCredentials.apiKey(port, login.bearer(), List.of("account", "support:crisis-override"));
            assertThat(call(port, "POST", overridePath, login.bearer(), probe).statusCode()).as("while support")
                    .isEqualTo(422);
            assertRefused(call(port, "POST", overridePath, key, probe), "forbidden"); // a key is not a person
        }
        try (Hearth removed = start(Map.of())) {
            int port = removed.httpPort();
            for (String credential : List.of(login.bearer(), key)) {
                assertRefused(call(port, "POST", overridePath, credential, "{\"justification\": \"Caller reports "
                        + "risk to life; acting under SG-4 (urgent welfare).\", \"minutes\": 60}"), "forbidden");
                assertThat(call(port, "GET", "/v1/households/" + household, credential, null).statusCode())
                        .as("nothing was opened").isEqualTo(404);
            }
        }
    }

    @Test
    void a_key_scoped_only_for_the_audit_gets_403_listing_or_creating_households() throws Exception {
        String id = registered("auditor@example.org");
        try (Hearth hearth = start(Map.of("HEARTH_ADMIN_ACCOUNT_IDS", id))) {
            int port = hearth.httpPort();
            TestCredentials.Login login = TestCredentials.logIn(port, "auditor@example.org");
            String key = "Bearer " + TestCredentials.apiKey(port, login.bearer(), List.of("admin:audit"));
            assertRefused(call(port, "GET", "/v1/households", key, null), "forbidden");
            assertRefused(call(port, "POST", "/v1/households", key, TestCredentials.householdFacts().toString()),
                    "forbidden");
            assertThat(call(port, "GET", "/v1/households", login.bearer(), null).statusCode())
                    .as("the account itself still may").isEqualTo(200);
        }
    }

    @Test
    void an_api_key_or_a_stale_sign_in_cannot_do_admin_actions_and_a_fresh_sign_in_can() throws Exception {
        String id = registered("operator@example.org");
        try (Hearth hearth = start(Map.of("HEARTH_ADMIN_ACCOUNT_IDS", id))) {
            int port = hearth.httpPort();
            TestCredentials.Login signedIn = TestCredentials.logIn(port, "operator@example.org");
            String key = "Bearer " + TestCredentials.apiKey(port, signedIn.bearer(),
                    List.of("account", "admin:signing-keys", "admin:audit"));
            assertRefused(call(port, "POST", ROTATE, key, null), "forbidden");
            assertRefused(call(port, "POST", VERIFY, key, null), "forbidden");

            CLOCK.advance(Duration.ofMinutes(5));
            TestCredentials.Login refreshed = TestCredentials.refresh(port, signedIn.refreshToken());
            assertThat(call(port, "POST", VERIFY, refreshed.bearer(), null).statusCode())
                    .as("refreshed, signed in 5 minutes ago").isEqualTo(200);
            CLOCK.advance(Duration.ofMinutes(9));
            TestCredentials.Login stale = TestCredentials.refresh(port, refreshed.refreshToken());
            CLOCK.advance(Duration.ofMinutes(2));
            // the token is 2 minutes old, the sign-in 16: a refresh is not a sign-in
            HttpResponse<String> rotate = call(port, "POST", ROTATE, stale.bearer(), null);
            assertRefused(rotate, "reauthentication_required");
            assertThat(JSON.readTree(rotate.body()).get("type").asText())
                    .isEqualTo("urn:hearth:problem:reauthentication_required");
            assertRefused(call(port, "POST", VERIFY, stale.bearer(), null), "reauthentication_required");
            assertThat(call(port, "GET", "/v1/auth/me", stale.bearer(), null).statusCode())
                    .as("the session still works for everything else").isEqualTo(200);

            TestCredentials.Login again = TestCredentials.logIn(port, "operator@example.org");
            assertThat(call(port, "POST", VERIFY, again.bearer(), null).statusCode()).isEqualTo(200);
            assertThat(call(port, "POST", ROTATE, again.bearer(), null).statusCode()).isEqualTo(200);
        }
    }

    // ----- helpers -----------------------------------------------------------------------------------------------

    private static Hearth start(Map<String, String> privileges) {
        Map<String, String> env = new HashMap<>(environment);
        env.putAll(privileges);
        return Hearth.start(ConfigLoader.load(env).withHttpPort(0), CLOCK);
    }

    /** The account id of {@code email}, registered while it held no privilege. */
    private static String registered(String email) {
        return IDS.get(email);
    }

    private static List<String> scopes(int port, String bearer) throws Exception {
        HttpResponse<String> me = call(port, "GET", "/v1/auth/me", bearer, null);
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        List<String> scopes = new java.util.ArrayList<>();
        JSON.readTree(me.body()).get("scopes").forEach(s -> scopes.add(s.asText()));
        return scopes;
    }

    private static void assertRefused(HttpResponse<String> answer, String code) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(403);
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.get("code").asText()).isEqualTo(code);
    }

    private static HttpResponse<String> call(int port, String method, String path, String bearer, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (bearer != null) {
            request.header("Authorization", bearer);
            if (!method.equals("GET")) {
                request.header(DocumentedHttp.IDEMPOTENCY_KEY, java.util.UUID.randomUUID().toString());
            }
        }
        return CLIENT.send(request.build(), BodyHandlers.ofString());
    }
}
