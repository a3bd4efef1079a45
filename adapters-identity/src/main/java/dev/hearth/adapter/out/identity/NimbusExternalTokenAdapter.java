package dev.hearth.adapter.out.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.failsafe.CircuitBreaker;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeExecutor;
import dev.failsafe.Timeout;
import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import dev.hearth.application.port.out.identity.AccessTokenClaims;
import dev.hearth.application.port.out.identity.SignatureCheck;
import dev.hearth.application.port.out.identity.TokenRejection;
import dev.hearth.application.port.out.identity.VerifyExternalTokenPort;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Verifies tokens of an external issuer against its JWKS (ADR 0020). The JWKS is fetched over HTTP with timeouts,
 * through a Failsafe circuit breaker and timeout, and cached: used without a fetch for {@link
 * ExternalIssuerConfig#cacheFor()}, then refreshed; while the issuer is unreachable the last keys keep serving for
 * {@link ExternalIssuerConfig#maxStale()} more. A {@code kid} not in the cache triggers one refresh (at most one per
 * {@link ExternalIssuerConfig#minRefreshInterval()}), then the token is refused as {@code unknown_key}. When keys are
 * needed and cannot be had (no usable cache and the fetch fails, or the circuit is open) the answer is
 * {@code SERVICE_UNAVAILABLE} with a retry-after: the person's session is not invalid, the issuer is away.
 *
 * <p>Before any key is touched the header must name an accepted asymmetric algorithm (so {@code none} and HMAC are
 * refused), carry no {@code crit}, and name a {@code kid}; the key must fit the algorithm (RSA of at least 2048 bits
 * for RS256, P-256 for ES256, Ed25519 for EdDSA).
 */
public final class NimbusExternalTokenAdapter implements VerifyExternalTokenPort {

    /** Largest JWKS document read. */
    static final int MAX_JWKS_BYTES = 256 * 1024;
    /** Longest token even parsed for its issuer. */
    static final int MAX_TOKEN_CHARS = 16 * 1024;
    private static final byte[] ED25519_X509_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03,
        0x21, 0x00};
    private static final Logger LOG = LoggerFactory.getLogger(NimbusExternalTokenAdapter.class);

    private final ExternalIssuerConfig config;
    private final Clock clock;
    private final HttpClient http;
    private final CircuitBreaker<JWKSet> breaker;
    private final FailsafeExecutor<JWKSet> guarded;
    private final AtomicInteger fetches = new AtomicInteger();
    private volatile Keys keys;
    private volatile Instant lastUnknownKidRefresh;

    private record Keys(Map<String, JWK> byKid, Instant fetchedAt) {
    }

    public NimbusExternalTokenAdapter(ExternalIssuerConfig config, Clock clock) {
        this.config = Objects.requireNonNull(config, "config");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.http = HttpClient.newBuilder().connectTimeout(config.fetchTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.breaker = CircuitBreaker.<JWKSet>builder()
                .handle(Exception.class)
                .withFailureThreshold(config.breakerFailures())
                .withDelay(config.breakerDelay())
                .withSuccessThreshold(1)
                .onOpen(e -> LOG.warn("External issuer JWKS unreachable: circuit open for {}", config.breakerDelay()))
                .onClose(e -> LOG.info("External issuer JWKS reachable again: circuit closed"))
                .build();
        Timeout<JWKSet> timeout = Timeout.<JWKSet>builder(config.fetchTimeout().plusSeconds(1)).withInterrupt().build();
        this.guarded = Failsafe.with(breaker, timeout);
    }

    @Override
    public String issuer() {
        return config.issuer();
    }

    @Override
    public boolean claimsIssuer(String token) {
        if (token.length() > MAX_TOKEN_CHARS) {
            return false;
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return false;
        }
        try {
            return config.issuer().equals(JSONObjectUtils.parse(new Base64URL(parts[1]).decodeToString()).get("iss"));
        } catch (ParseException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public SignatureCheck verify(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty()) {
            return SignatureCheck.refused(TokenRejection.MALFORMED);
        }
        Map<String, Object> header;
        try {
            header = JSONObjectUtils.parse(new Base64URL(parts[0]).decodeToString());
        } catch (ParseException | RuntimeException e) {
            return SignatureCheck.refused(TokenRejection.MALFORMED);
        }
        Object alg = header.get("alg");
        if (!(alg instanceof String a) || !config.algorithms().contains(a)) {
            return SignatureCheck.refused(TokenRejection.ALGORITHM_NOT_ALLOWED);
        }
        if (header.containsKey("crit")) {
            return SignatureCheck.refused(TokenRejection.WRONG_TYPE);
        }
        if (!(header.get("kid") instanceof String kid)) {
            return SignatureCheck.refused(TokenRejection.UNKNOWN_KEY);
        }
        JWK key = currentKeys().byKid().get(kid);
        if (key == null && unknownKidRefreshAllowed()) {
            key = refresh().byKid().get(kid);
        }
        if (key == null) {
            return SignatureCheck.refused(TokenRejection.UNKNOWN_KEY);
        }
        if (key.getAlgorithm() != null && !key.getAlgorithm().getName().equals(a)) {
            return SignatureCheck.refused(TokenRejection.BAD_SIGNATURE);
        }
        boolean valid;
        try {
            valid = verifySignature(a, key, (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII),
                    parts, token);
        } catch (JOSEException | ParseException | RuntimeException | java.security.GeneralSecurityException e) {
            valid = false;
        }
        if (!valid) {
            return SignatureCheck.refused(TokenRejection.BAD_SIGNATURE);
        }
        try {
            JWTClaimsSet set = JWTClaimsSet.parse(new Base64URL(parts[1]).decodeToString());
            return SignatureCheck.verified(kid, new AccessTokenClaims(set.getIssuer(), set.getAudience(),
                    set.getSubject(), instant(set.getIssueTime()), instant(set.getNotBeforeTime()),
                    instant(set.getExpirationTime()), set.getJWTID(), List.of()));
        } catch (ParseException | RuntimeException e) {
            return SignatureCheck.refused(TokenRejection.MISSING_CLAIM);
        }
    }

    private static boolean verifySignature(String alg, JWK key, byte[] signingInput, String[] parts, String token)
            throws JOSEException, ParseException, java.security.GeneralSecurityException {
        switch (alg) {
            case "RS256" -> {
                if (!(key instanceof RSAKey rsa) || rsa.size() < 2048) {
                    return false;
                }
                return verifyWith(new RSASSAVerifier(rsa), token);
            }
            case "ES256" -> {
                if (!(key instanceof ECKey ec) || !Curve.P_256.equals(ec.getCurve())) {
                    return false;
                }
                return verifyWith(new ECDSAVerifier(ec), token);
            }
            case "EdDSA" -> {
                if (!(key instanceof OctetKeyPair okp) || !Curve.Ed25519.equals(okp.getCurve())) {
                    return false;
                }
                byte[] x = okp.getX().decode();
                byte[] signature = new Base64URL(parts[2]).decode();
                if (x.length != 32 || signature.length != 64) {
                    return false;
                }
                byte[] encoded = new byte[ED25519_X509_PREFIX.length + 32];
                System.arraycopy(ED25519_X509_PREFIX, 0, encoded, 0, ED25519_X509_PREFIX.length);
                System.arraycopy(x, 0, encoded, ED25519_X509_PREFIX.length, 32);
                PublicKey publicKey = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
                Signature verifier = Signature.getInstance("Ed25519");
                verifier.initVerify(publicKey);
                verifier.update(signingInput);
                return verifier.verify(signature);
            }
            default -> {
                return false;
            }
        }
    }

    private static boolean verifyWith(JWSVerifier verifier, String token) throws JOSEException, ParseException {
        return SignedJWT.parse(token).verify(verifier);
    }

    /** How many JWKS fetches were attempted (tests and metrics). */
    public int fetchAttempts() {
        return fetches.get();
    }

    /** Whether the circuit to the JWKS is open (fetches are not attempted). */
    public boolean circuitOpen() {
        return breaker.isOpen();
    }

    /** Keys usable now: fresh ones, refreshed ones, or (issuer away) stale ones within {@code maxStale}. */
    private Keys currentKeys() {
        Keys current = keys;
        Instant now = clock.instant();
        if (current != null && now.isBefore(current.fetchedAt().plus(config.cacheFor()))) {
            return current;
        }
        try {
            return refresh();
        } catch (ApplicationException e) {
            if (current != null && now.isBefore(current.fetchedAt().plus(config.cacheFor()).plus(config.maxStale()))) {
                return current;
            }
            throw e;
        }
    }

    /** At most one refresh per interval on behalf of unknown kids (garbage must not make Hearth hammer the issuer). */
    private synchronized boolean unknownKidRefreshAllowed() {
        Instant now = clock.instant();
        Instant last = lastUnknownKidRefresh;
        if (last != null && now.isBefore(last.plus(config.minRefreshInterval()))) {
            return false;
        }
        lastUnknownKidRefresh = now;
        return true;
    }

    /** Fetches the JWKS through the circuit breaker; {@code SERVICE_UNAVAILABLE} when that fails. */
    private synchronized Keys refresh() {
        try {
            JWKSet set = guarded.get(this::fetch);
            Map<String, JWK> byKid = new HashMap<>();
            for (JWK jwk : set.getKeys()) {
                if (jwk.getKeyID() != null && !jwk.isPrivate()
                        && (jwk.getKeyUse() == null || KeyUse.SIGNATURE.equals(jwk.getKeyUse()))
                        && (jwk instanceof RSAKey || jwk instanceof ECKey || jwk instanceof OctetKeyPair)) {
                    byKid.put(jwk.getKeyID(), jwk);
                }
            }
            Keys fresh = new Keys(Map.copyOf(byKid), clock.instant());
            keys = fresh;
            return fresh;
        } catch (RuntimeException e) {
            Duration retry = breaker.isOpen() ? breaker.getRemainingDelay() : Duration.ofSeconds(5);
            LOG.warn("External issuer JWKS fetch failed ({}); its tokens are answered 503 until it is back",
                    e.getClass().getSimpleName());
            throw new ApplicationException(ErrorCode.SERVICE_UNAVAILABLE,
                    "The sign-in service is unreachable just now. Please try again shortly.", List.of(), null,
                    retry.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : retry);
        }
    }

    private JWKSet fetch() throws IOException, InterruptedException, ParseException {
        fetches.incrementAndGet();
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(config.jwksUrl())
                .timeout(config.fetchTimeout()).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("JWKS answered " + response.statusCode());
        }
        if (response.body().length > MAX_JWKS_BYTES) {
            throw new IOException("JWKS larger than " + MAX_JWKS_BYTES + " bytes");
        }
        return JWKSet.parse(new String(response.body(), StandardCharsets.UTF_8));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
