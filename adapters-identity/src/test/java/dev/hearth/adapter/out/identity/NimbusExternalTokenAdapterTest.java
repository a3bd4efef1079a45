package dev.hearth.adapter.out.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import dev.hearth.application.port.out.identity.SignatureCheck;
import dev.hearth.application.port.out.identity.TokenRejection;
import dev.hearth.testsupport.MovableClock;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The external issuer's JWKS over real HTTP on loopback (the JDK's HTTP server serving generated keys): verification,
 * the unknown-kid refresh, the stale cache while the issuer is away, and the circuit breaker once it stays away.
 */
class NimbusExternalTokenAdapterTest {

    private static final String ISSUER = "https://auth.example.test";
    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");

    private HttpServer jwksServer;
    private final AtomicReference<String> jwks = new AtomicReference<>();
    private final AtomicInteger served = new AtomicInteger();
    private final MovableClock clock = new MovableClock(T0);
    private ECKey ecKey;
    private RSAKey rsaKey;
    private NimbusExternalTokenAdapter adapter;

    @BeforeEach
    void start() throws Exception {
        ecKey = new ECKeyGenerator(Curve.P_256).keyID("ec-1").generate();
        rsaKey = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
        jwks.set(new JWKSet(List.of(ecKey.toPublicJWK(), rsaKey.toPublicJWK())).toString());
        jwksServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        jwksServer.createContext("/jwks", exchange -> {
            served.incrementAndGet();
            byte[] body = jwks.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        jwksServer.start();
        URI url = URI.create("http://127.0.0.1:" + jwksServer.getAddress().getPort() + "/jwks");
        adapter = new NimbusExternalTokenAdapter(new ExternalIssuerConfig(ISSUER, url,
                ExternalIssuerConfig.ASYMMETRIC, Duration.ofMinutes(5), Duration.ofHours(1), Duration.ofSeconds(30),
                // the fetch timeout is real time: generous, so a loaded machine's slow first fetch (client start,
                // connection, server thread) is not taken for an unreachable issuer; the tests that take the issuer
                // away stop its server, whose refused connections fail at once
                Duration.ofSeconds(10), 3, Duration.ofSeconds(30)), clock);
    }

    @AfterEach
    void stop() {
        jwksServer.stop(0);
    }

    @Test
    void es256_and_rs256_tokens_of_the_issuer_verify_and_their_claims_are_read() throws Exception {
        SignatureCheck ec = adapter.verify(sign(JWSAlgorithm.ES256, "ec-1", new ECDSASigner(ecKey), "user-1"));
        SignatureCheck rsa = adapter.verify(sign(JWSAlgorithm.RS256, "rsa-1", new RSASSASigner(rsaKey), "user-2"));

        assertThat(ec.isVerified()).as(String.valueOf(ec.rejection())).isTrue();
        assertThat(ec.claims().subject()).isEqualTo("user-1");
        assertThat(ec.claims().issuer()).isEqualTo(ISSUER);
        assertThat(rsa.isVerified()).isTrue();
        assertThat(served.get()).as("one fetch serves both (cached)").isEqualTo(1);
        assertThat(adapter.claimsIssuer(sign(JWSAlgorithm.ES256, "ec-1", new ECDSASigner(ecKey), "u"))).isTrue();
        assertThat(adapter.claimsIssuer("not.a.token")).isFalse();
    }

    @Test
    void symmetric_and_none_algorithms_are_refused_before_any_key_is_used() throws Exception {
        String hs = sign(JWSAlgorithm.HS256, "ec-1", new MACSigner(new byte[32]), "user-1");
        assertThat(adapter.verify(hs).rejection()).isEqualTo(TokenRejection.ALGORITHM_NOT_ALLOWED);
        String none = b64("{\"alg\":\"none\",\"kid\":\"ec-1\"}") + "." + hs.split("\\.")[1] + ".";
        assertThat(adapter.verify(none).rejection()).isIn(TokenRejection.ALGORITHM_NOT_ALLOWED,
                TokenRejection.MALFORMED);
        assertThat(served.get()).isZero();
    }

    @Test
    void a_tampered_token_is_refused() throws Exception {
        String[] parts = sign(JWSAlgorithm.ES256, "ec-1", new ECDSASigner(ecKey), "user-1").split("\\.");
        String forged = parts[0] + "." + b64("{\"iss\":\"" + ISSUER + "\",\"sub\":\"someone-else\"}") + "." + parts[2];
        assertThat(adapter.verify(forged).rejection()).isEqualTo(TokenRejection.BAD_SIGNATURE);
    }

    @Test
    void an_unknown_kid_triggers_one_refresh_then_refusal() throws Exception {
        adapter.verify(sign(JWSAlgorithm.ES256, "ec-1", new ECDSASigner(ecKey), "user-1"));
        ECKey stranger = new ECKeyGenerator(Curve.P_256).keyID("ec-unknown").generate();

        assertThat(adapter.verify(sign(JWSAlgorithm.ES256, "ec-unknown", new ECDSASigner(stranger), "u")).rejection())
                .isEqualTo(TokenRejection.UNKNOWN_KEY);
        assertThat(served.get()).as("the first fetch and one refresh").isEqualTo(2);
        assertThat(adapter.verify(sign(JWSAlgorithm.ES256, "ec-other", new ECDSASigner(stranger), "u")).rejection())
                .isEqualTo(TokenRejection.UNKNOWN_KEY);
        assertThat(served.get()).as("no second refresh within 30 s").isEqualTo(2);
    }

    @Test
    void a_key_the_issuer_just_added_is_found_by_the_refresh() throws Exception {
        adapter.verify(sign(JWSAlgorithm.ES256, "ec-1", new ECDSASigner(ecKey), "user-1"));
        ECKey added = new ECKeyGenerator(Curve.P_256).keyID("ec-2").generate();
        jwks.set(new JWKSet(List.of(ecKey.toPublicJWK(), added.toPublicJWK())).toString());
        assertThat(adapter.verify(sign(JWSAlgorithm.ES256, "ec-2", new ECDSASigner(added), "u")).isVerified())
                .isTrue();
    }

    @Test
    void while_the_issuer_is_away_cached_keys_serve_until_they_are_too_stale() throws Exception {
        String token = sign(JWSAlgorithm.ES256, "ec-1", new ECDSASigner(ecKey), "user-1");
        assertThat(adapter.verify(token).isVerified()).isTrue();
        jwksServer.stop(0);

        clock.advance(Duration.ofMinutes(10));
        assertThat(adapter.verify(token).isVerified()).as("stale but within an hour: still served").isTrue();
        clock.advance(Duration.ofHours(1));
        assertThatThrownBy(() -> adapter.verify(token)).isInstanceOfSatisfying(ApplicationException.class,
                e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE));
    }

    @Test
    void an_unreachable_jwks_opens_the_circuit_and_answers_service_unavailable_without_calling_it() throws Exception {
        jwksServer.stop(0);
        String token = sign(JWSAlgorithm.ES256, "ec-1", new ECDSASigner(ecKey), "user-1");
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> adapter.verify(token)).isInstanceOf(ApplicationException.class);
        }
        assertThat(adapter.circuitOpen()).isTrue();
        int attempts = adapter.fetchAttempts();
        assertThatThrownBy(() -> adapter.verify(token)).isInstanceOfSatisfying(ApplicationException.class, e -> {
            assertThat(e.errorCode()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
            assertThat(e.retryAfter()).hasValueSatisfying(d -> assertThat(d).isBetween(Duration.ofSeconds(1),
                    Duration.ofSeconds(30)));
        });
        assertThat(adapter.fetchAttempts()).as("an open circuit does not call the issuer").isEqualTo(attempts);
    }

    private String sign(JWSAlgorithm alg, String kid, com.nimbusds.jose.JWSSigner signer, String subject)
            throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(alg).keyID(kid).build(), new JWTClaimsSet.Builder()
                .issuer(ISSUER).audience("hearth-api").subject(subject).issueTime(Date.from(T0))
                .expirationTime(Date.from(T0.plusSeconds(600))).build());
        jwt.sign(signer);
        return jwt.serialize();
    }

    private static String b64(String json) {
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
