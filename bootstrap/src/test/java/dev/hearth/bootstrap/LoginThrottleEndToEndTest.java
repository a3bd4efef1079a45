package dev.hearth.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hearth.adapter.in.http.HttpServer;
import dev.hearth.adapter.in.http.HttpSettings;
import dev.hearth.adapter.in.http.TrustedProxies;
import dev.hearth.adapter.in.http.auth.AuthRoutes;
import dev.hearth.adapter.out.identity.Argon2Parameters;
import dev.hearth.adapter.out.postgres.PostgresAdapters;
import dev.hearth.adapter.out.postgres.PostgresSettings;
import dev.hearth.adapter.out.postgres.crypto.FieldKeyset;
import dev.hearth.adapter.out.postgres.crypto.TinkFieldEncryptionAdapter;
import dev.hearth.bootstrap.config.IdentitySettings;
import dev.hearth.testsupport.DocumentedHttp;
import dev.hearth.testsupport.MovableClock;
import dev.hearth.testsupport.TestDatabase;
import dev.hearth.testsupport.TestPostgres;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The login throttle and the registration cap behind a reverse proxy, end to end: real HTTP, the real identity wiring
 * and PostgreSQL, a clock the test moves. The server trusts 127.0.0.1 as its proxy, so each request's client is the
 * address its {@code X-Forwarded-For} names: one person's failures must not lock another out.
 */
class LoginThrottleEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DocumentedHttp CLIENT = DocumentedHttp.client();
    private static final String PASSWORD = "a long passphrase nobody guesses";
    private static final MovableClock CLOCK = new MovableClock(Instant.parse("2026-12-01T09:00:00Z"));

    private static TestDatabase db;
    private static PostgresAdapters postgres;
    private static IdentityWiring identity;
    private static HttpServer http;

    @BeforeAll
    static void start() throws Exception {
        db = TestPostgres.instance().createDatabase(LoginThrottleEndToEndTest.class);
        postgres = PostgresAdapters.start(PostgresSettings.external(db.jdbcUrl(), db.user(), db.password()));
        postgres.migrate(TinkFieldEncryptionAdapter.create(FieldKeyset.generate()));
        byte[] lookupKey = new byte[32];
        lookupKey[0] = 7;
        identity = IdentityWiring.start(new IdentitySettings("https://hearth.test", "hearth-api", lookupKey, false,
                        Files.createTempDirectory("hearth-throttle-e2e"), Set.of(), Duration.ofDays(30)),
                postgres.identity(TinkFieldEncryptionAdapter.create(FieldKeyset.generate())), postgres.auditLog(),
                Argon2Parameters.OWASP, CLOCK);
        http = HttpServer.start(new HttpSettings("127.0.0.1", 0, HttpSettings.DEFAULT_MAX_REQUEST_BYTES,
                        Duration.ZERO, HearthApi.INFO).withTrustedProxies(TrustedProxies.parse("127.0.0.1")),
                List.of(new AuthRoutes(identity.useCases())), identity.useCases().authenticate(), null,
                TestIdempotency.over(postgres, CLOCK));
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

    @Test
    void an_attacker_is_slowed_ever_more_while_the_owner_still_logs_in() throws Exception {
        String attacker = "203.0.113.66";
        String ownersPhone = "198.51.100.20";
        assertThat(post("/v1/auth/register", "dee@example.org", PASSWORD, ownersPhone).statusCode()).isEqualTo(202);

        for (int i = 0; i < 5; i++) {
            assertThat(post("/v1/auth/login", "dee@example.org", "guess " + i, attacker).statusCode())
                    .as("the first five failures cost nothing").isEqualTo(401);
        }
        assertThat(retryAfter(post("/v1/auth/login", "dee@example.org", "guess 5", attacker))).isEqualTo(5);

        HttpResponse<String> owner = post("/v1/auth/login", "dee@example.org", PASSWORD, ownersPhone);
        assertThat(owner.statusCode()).as("the owner, elsewhere, is not held back: %s", owner.body()).isEqualTo(200);

        CLOCK.advance(Duration.ofSeconds(5));
        assertThat(post("/v1/auth/login", "dee@example.org", "guess 6", attacker).statusCode()).isEqualTo(401);
        assertThat(retryAfter(post("/v1/auth/login", "dee@example.org", "guess 7", attacker))).isEqualTo(10);
        CLOCK.advance(Duration.ofSeconds(10));
        assertThat(post("/v1/auth/login", "dee@example.org", "guess 8", attacker).statusCode()).isEqualTo(401);
        assertThat(retryAfter(post("/v1/auth/login", "dee@example.org", "guess 9", attacker))).isEqualTo(20);
        assertThat(retryAfter(post("/v1/auth/login", "dee@example.org", PASSWORD, attacker)))
                .as("while the wait runs even the right password from that address waits").isEqualTo(20);
        assertThat(post("/v1/auth/login", "dee@example.org", PASSWORD, ownersPhone).statusCode()).isEqualTo(200);

        CLOCK.advance(Duration.ofSeconds(20));
        assertThat(post("/v1/auth/login", "dee@example.org", PASSWORD, attacker).statusCode())
                .as("after the wait the right password works from that address too").isEqualTo(200);
        assertThat(post("/v1/auth/login", "dee@example.org", "a typo", attacker).statusCode())
                .as("and the success started the count again").isEqualTo(401);
    }

    @Test
    void the_registration_cap_counts_per_client_behind_the_proxy() throws Exception {
        String busy = "192.0.2.44";
        for (int i = 0; i < 10; i++) {
            assertThat(post("/v1/auth/register", "reg" + i + "@example.org", PASSWORD, busy).statusCode())
                    .isEqualTo(202);
        }
        assertThat(retryAfter(post("/v1/auth/register", "reg10@example.org", PASSWORD, busy))).isPositive();

        assertThat(post("/v1/auth/register", "someone.else@example.org", PASSWORD, "192.0.2.45").statusCode())
                .as("another person behind the same proxy can still register").isEqualTo(202);
    }

    private static long retryAfter(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(429);
        assertThat(JSON.readTree(response.body()).get("code").asText()).isEqualTo("too_many_requests");
        return Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
    }

    private static HttpResponse<String> post(String path, String email, String password, String forwardedFor)
            throws Exception {
        JsonNode body = JSON.createObjectNode().put("email", email).put("password", password);
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http.port() + path))
                .header("Content-Type", "application/json").header("X-Forwarded-For", forwardedFor)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
