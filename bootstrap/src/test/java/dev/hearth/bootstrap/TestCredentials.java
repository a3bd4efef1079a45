package dev.hearth.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.hearth.testsupport.DocumentedHttp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The credentials and first steps of the end-to-end tests, over HTTP through {@link DocumentedHttp}: registering and
 * signing in with a password, sessions with their refresh token, API keys, an external issuer with a JWKS served on
 * loopback (ADR 0020, ADR 0021), and the household most tests start from.
 */
final class TestCredentials {

    /** The password every test account uses. */
    static final String PASSWORD = "correct horse battery staple";

    private static final DocumentedHttp CLIENT = DocumentedHttp.client();
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestCredentials() {
    }

    /** A signed-in session with its refresh token. */
    record Login(String accountId, String accessToken, String refreshToken) {
        String bearer() {
            return "Bearer " + accessToken;
        }
    }

    /** Registers {@code email} (202 whether new or not) and logs it in. */
    static Login signUp(int port, String email) throws Exception {
        HttpResponse<String> registered = post(port, "/v1/auth/register", credentials(email), null);
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(202);
        return logIn(port, email);
    }

    /** Logs {@code email} in (password {@link #PASSWORD}), keeping the refresh token. */
    static Login logIn(int port, String email) throws Exception {
        HttpResponse<String> login = post(port, "/v1/auth/login", credentials(email), null);
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        return login(login.body());
    }

    /** Refreshes a session: a new access token of the same sign-in. */
    static Login refresh(int port, String refreshToken) throws Exception {
        HttpResponse<String> refreshed = post(port, "/v1/auth/refresh",
                JSON.createObjectNode().put("refreshToken", refreshToken).toString(), null);
        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
        return login(refreshed.body());
    }

    private static String credentials(String email) {
        return JSON.createObjectNode().put("email", email).put("password", PASSWORD).toString();
    }

    private static Login login(String body) throws Exception {
        JsonNode json = JSON.readTree(body);
        return new Login(json.get("accountId").asText(), json.get("accessToken").asText(),
                json.get("refreshToken").asText());
    }

    /**
     * The facts of the issue's example household ({@code docs/examples/universal-credit-issue-household.json}) as a
     * stored household takes them: without the assessment period, which belongs to an estimate.
     */
    static ObjectNode householdFacts() {
        try {
            ObjectNode facts = (ObjectNode) JSON.readTree(Files.readString(RepositoryFiles.root()
                    .resolve("docs/examples/universal-credit-issue-household.json")));
            facts.remove("assessmentPeriodStart");
            return facts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates a household of {@link #householdFacts()} for {@code bearer}, its owner, and answers its id. */
    static String createHousehold(int port, String bearer) throws Exception {
        HttpResponse<String> created = post(port, "/v1/households", householdFacts().toString(), bearer);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).get("id").asText();
    }

    /** Creates an API key with {@code scopes} for the signed-in {@code bearer} and answers its secret. */
    static String apiKey(int port, String bearer, List<String> scopes) throws Exception {
        HttpResponse<String> created = post(port, "/v1/auth/api-keys", JSON.writeValueAsString(
                Map.of("name", "test key", "scopes", scopes, "expiresInDays", 30)), bearer);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).get("apiKey").asText();
    }

    /** The account id behind a bearer credential ({@code GET /v1/auth/me}). */
    static String accountId(int port, String bearer) throws Exception {
        HttpResponse<String> me = CLIENT.send(port, "GET", "/v1/auth/me", null, null, bearer);
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        return JSON.readTree(me.body()).get("accountId").asText();
    }

    private static HttpResponse<String> post(int port, String path, String body, String bearer) throws Exception {
        return CLIENT.send(port, "POST", path, body, null, bearer);
    }

    /** An external token issuer (ADR 0020): its JWKS on loopback, tokens signed with its ES256 key. */
    static final class ExternalIssuer implements AutoCloseable {
        static final String ISSUER = "https://auth.example.test";
        static final String AUDIENCE = "hearth-api";

        private final KeyPair key;
        private final HttpServer jwks;
        private final Clock clock;
        private final java.util.concurrent.atomic.AtomicInteger keysServed = new java.util.concurrent.atomic.AtomicInteger();

        ExternalIssuer(Clock clock) throws Exception {
            this.clock = clock;
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            key = generator.generateKeyPair();
            ECPublicKey pub = (ECPublicKey) key.getPublic();
            byte[] body = ("{\"keys\":[{\"kty\":\"EC\",\"crv\":\"P-256\",\"kid\":\"issuer-1\",\"use\":\"sig\",\"x\":\""
                    + coordinate(pub.getW().getAffineX()) + "\",\"y\":\"" + coordinate(pub.getW().getAffineY())
                    + "\"}]}").getBytes(StandardCharsets.UTF_8);
            jwks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            jwks.createContext("/.well-known/jwks.json", exchange -> {
                keysServed.incrementAndGet();
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            jwks.start();
        }

        /** The configuration that makes Hearth accept this issuer's tokens. */
        Map<String, String> environment() {
            return Map.of("HEARTH_EXTERNAL_ISSUER", ISSUER, "HEARTH_EXTERNAL_AUDIENCE", AUDIENCE,
                    "HEARTH_EXTERNAL_JWKS_URL", "http://127.0.0.1:" + jwks.getAddress().getPort()
                            + "/.well-known/jwks.json");
        }

        /** How many times Hearth has fetched this issuer's JWKS. */
        int keysServed() {
            return keysServed.get();
        }

        /** {@code Bearer <token>} for {@code subject}, issued now and valid 10 minutes. */
        String bearer(String subject) throws Exception {
            return "Bearer " + token(subject);
        }

        /** A token for {@code subject}, issued now and valid 10 minutes. */
        String token(String subject) throws Exception {
            long now = clock.instant().getEpochSecond();
            String header = b64("{\"alg\":\"ES256\",\"typ\":\"JWT\",\"kid\":\"issuer-1\"}");
            String payload = b64("{\"iss\":\"" + ISSUER + "\",\"sub\":\"" + subject + "\",\"aud\":\"" + AUDIENCE
                    + "\",\"iat\":" + now + ",\"exp\":" + (now + 600) + ",\"auth_time\":" + now
                    + ",\"scope\":\"account admin:signing-keys admin:audit support:crisis-override\"}");
            Signature signer = Signature.getInstance("SHA256withECDSAinP1363Format");
            signer.initSign(key.getPrivate());
            signer.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signer.sign());
        }

        @Override
        public void close() {
            jwks.stop(0);
        }

        /** A P-256 public point coordinate as a JWK writes it: 32 bytes, base64url (RFC 7518 §6.2.1.2). */
        static String coordinate(BigInteger value) {
            byte[] bytes = value.toByteArray();
            byte[] fixed = new byte[32];
            System.arraycopy(bytes, Math.max(0, bytes.length - 32), fixed, Math.max(0, 32 - bytes.length),
                    Math.min(32, bytes.length));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(fixed);
        }

        /** A JWT part: the JSON's UTF-8 bytes, base64url without padding. */
        static String b64(String json) {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
        }
    }
}
