package dev.hearth.bootstrap;

import static dev.hearth.bootstrap.TestCredentials.ExternalIssuer.b64;
import static dev.hearth.bootstrap.TestCredentials.ExternalIssuer.coordinate;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.hearth.adapter.in.http.HttpSettings;
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
import dev.hearth.bootstrap.config.IdentitySettings;
import dev.hearth.testsupport.DocumentedHttp;
import dev.hearth.testsupport.MovableClock;
import dev.hearth.testsupport.TestDatabase;
import dev.hearth.testsupport.TestPostgres;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The external issuer end to end (ADR 0020): Hearth configured with an issuer whose JWKS a real HTTP server on loopback
 * publishes (a generated P-256 key; tokens signed here with the JDK, as the issuer would). A valid token is accepted
 * and its subject mapped onto one Hearth account, created on first sight and audited; an unknown kid is refused after
 * one refresh; with the issuer down and the cache too old its tokens get a calm 503 while Hearth's own keep working.
 * The tests run in order: the last one takes the issuer down.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExternalIssuerEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DocumentedHttp CLIENT = DocumentedHttp.client();
    private static final String ISSUER = "https://auth.example.test";
    private static final String PASSWORD = "a long passphrase nobody guesses";
    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    private static final MovableClock CLOCK = new MovableClock(T0);
    private static final AtomicInteger JWKS_SERVED = new AtomicInteger();

    private static TestDatabase db;
    private static PostgresAdapters postgres;
    private static IdentityWiring identity;
    private static dev.hearth.adapter.in.http.HttpServer http;
    private static HttpServer jwksServer;
    private static KeyPair issuerKey;

    @BeforeAll
    static void start() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        issuerKey = generator.generateKeyPair();
        ECPublicKey pub = (ECPublicKey) issuerKey.getPublic();
        String jwks = "{\"keys\":[{\"kty\":\"EC\",\"crv\":\"P-256\",\"kid\":\"issuer-1\",\"use\":\"sig\",\"x\":\""
                + coordinate(pub.getW().getAffineX()) + "\",\"y\":\"" + coordinate(pub.getW().getAffineY()) + "\"}]}";
        jwksServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        jwksServer.createContext("/.well-known/jwks.json", exchange -> {
            JWKS_SERVED.incrementAndGet();
            byte[] body = jwks.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        jwksServer.start();

        db = TestPostgres.instance().createDatabase(ExternalIssuerEndToEndTest.class);
        postgres = PostgresAdapters.start(PostgresSettings.external(db.jdbcUrl(), db.user(), db.password()));
        postgres.migrate(TinkFieldEncryptionAdapter.create(FieldKeyset.generate()));
        byte[] lookupKey = new byte[32];
        lookupKey[0] = 9;
        IdentitySettings settings = new IdentitySettings("https://hearth.test", "hearth-api", lookupKey, false,
                Files.createTempDirectory("hearth-external-e2e"), Set.of(), Duration.ofDays(30))
                .withExternalIssuer(new IdentitySettings.ExternalIssuer(ISSUER, URI.create("http://127.0.0.1:"
                        + jwksServer.getAddress().getPort() + "/.well-known/jwks.json"), "hearth-api"));
        identity = IdentityWiring.start(settings, postgres.identity(TinkFieldEncryptionAdapter.create(
                FieldKeyset.generate())), postgres.auditLog(), Argon2Parameters.OWASP, CLOCK);
        http = dev.hearth.adapter.in.http.HttpServer.start(new HttpSettings("127.0.0.1", 0,
                HttpSettings.DEFAULT_MAX_REQUEST_BYTES, Duration.ZERO, HearthApi.INFO),
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
        jwksServer.stop(0);
        postgres.close();
    }

    @Test
    @Order(1)
    void a_valid_token_is_accepted_and_its_subject_mapped_onto_one_account() throws Exception {
        HttpResponse<String> first = me(token("issuer-1", "better-auth-user-42", "hearth-api"));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        String accountId = JSON.readTree(first.body()).get("accountId").asText();
        assertThat(JSON.readTree(first.body()).get("email").isNull()).as("no address needed").isTrue();
        HttpResponse<String> again = me(token("issuer-1", "better-auth-user-42", "hearth-api"));
        assertThat(JSON.readTree(again.body()).get("accountId").asText()).isEqualTo(accountId);
        assertThat(JSON.readTree(me(token("issuer-1", "someone-else", "hearth-api")).body()).get("accountId")
                .asText()).isNotEqualTo(accountId);

        List<AuditEvent> linked = audit().stream().filter(e -> e.action().equals("auth.external_account_linked"))
                .toList();
        assertThat(linked).hasSize(2);
        assertThat(linked.get(0).targetId()).isEqualTo(accountId);
        assertThat(linked.toString()).doesNotContain("better-auth-user-42");
    }

    @Test
    @Order(2)
    void a_wrong_audience_or_an_unknown_kid_is_refused_after_one_refresh() throws Exception {
        assertThat(me(token("issuer-1", "u", "another-api")).statusCode()).isEqualTo(401);
        int before = JWKS_SERVED.get();
        assertThat(me(token("issuer-9", "u", "hearth-api")).statusCode()).isEqualTo(401);
        assertThat(JWKS_SERVED.get() - before).as("one refresh for the unknown kid").isEqualTo(1);
        assertThat(me(token("issuer-8", "u", "hearth-api")).statusCode()).isEqualTo(401);
        assertThat(JWKS_SERVED.get() - before).as("and not another within 30 s").isEqualTo(1);
        AuditEvent last = audit().get(audit().size() - 1);
        assertThat(last.action()).isEqualTo("auth.token_rejected");
        assertThat(last.details()).containsEntry("reason", "unknown_key").containsEntry("token_type", "external");
    }

    @Test
    @Order(3)
    void with_the_issuer_down_its_tokens_get_503_while_hearths_own_keep_working() throws Exception {
        String hearthToken = hearthToken();
        jwksServer.stop(0);
        CLOCK.advance(Duration.ofMinutes(5).plus(Duration.ofHours(1)).plusSeconds(1)); // past cache + tolerance
        hearthToken = hearthToken();
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> refused = me(token("issuer-1", "better-auth-user-42", "hearth-api"));
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
            assertThat(JSON.readTree(refused.body()).get("code").asText()).isEqualTo("service_unavailable");
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            assertThat(me(hearthToken).statusCode()).as("Hearth's own token").isEqualTo(200);
        }
    }

    // ----- helpers -----------------------------------------------------------------------------------------------

    private static String hearthToken() throws Exception {
        CallContext setup = new CallContext("anonymous", "setup");
        String email = "own" + System.nanoTime() + "@example.org";
        identity.useCases().register().register(new RegisterAccountCommand(email, PASSWORD, "192.0.2.9", setup));
        return identity.useCases().logIn().logIn(new LogInCommand(email, PASSWORD, "192.0.2.9", setup))
                .accessToken();
    }

    /** An ES256 token as the external issuer would sign it (JDK signature, transcoded DER to JOSE r||s). */
    private static String token(String kid, String subject, String audience) throws Exception {
        long now = CLOCK.instant().getEpochSecond();
        String header = b64("{\"alg\":\"ES256\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}");
        String payload = b64("{\"iss\":\"" + ISSUER + "\",\"sub\":\"" + subject + "\",\"aud\":\"" + audience
                + "\",\"iat\":" + now + ",\"exp\":" + (now + 600) + "}");
        Signature signer = Signature.getInstance("SHA256withECDSAinP1363Format");
        signer.initSign(issuerKey.getPrivate());
        signer.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
        return header + "." + payload + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signer.sign());
    }

    private static HttpResponse<String> me(String bearer) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http.port() + "/v1/auth/me"))
                .timeout(Duration.ofSeconds(20)).header("Authorization", "Bearer " + bearer).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<AuditEvent> audit() {
        return postgres.auditLog().readAfter(0, 1_000).stream().map(RecordedAuditEvent::event).toList();
    }
}
