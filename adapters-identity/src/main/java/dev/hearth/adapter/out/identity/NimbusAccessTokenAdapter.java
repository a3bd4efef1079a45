package dev.hearth.adapter.out.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.hearth.application.port.out.identity.AccessTokenClaims;
import dev.hearth.application.port.out.identity.GenerateSigningKeyPort;
import dev.hearth.application.port.out.identity.PublicSigningKey;
import dev.hearth.application.port.out.identity.SignAccessTokenPort;
import dev.hearth.application.port.out.identity.SignatureCheck;
import dev.hearth.application.port.out.identity.SigningKeyPair;
import dev.hearth.application.port.out.identity.TokenRejection;
import dev.hearth.application.port.out.identity.VerifyAccessTokenSignaturePort;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ES256 access tokens with Nimbus JOSE+JWT: key generation (P-256, id = RFC 7638 thumbprint), signing (header
 * {@code alg: ES256}, {@code kid}, {@code typ: at+jwt}) and verification.
 *
 * <p>Verification decides from the header before any key is touched: the algorithm must be exactly {@code ES256}
 * (so {@code none} and {@code HS256} signed with the public key are refused whatever the library would do with them),
 * {@code typ} must be {@code at+jwt}, no {@code crit} parameter, and {@code kid} must name a published key. Only then
 * is the signature checked, with Nimbus's {@link ECDSAVerifier} for exactly that key (which refuses signatures of the
 * wrong length and zero-valued r or s, CVE-2022-21449), and only then are the claims read.
 */
public final class NimbusAccessTokenAdapter
        implements GenerateSigningKeyPort, SignAccessTokenPort, VerifyAccessTokenSignaturePort {

    /** The {@code typ} of Hearth's access tokens (RFC 9068). */
    public static final String TOKEN_TYPE = "at+jwt";

    /** The claim saying when the person signed in with their password (ADR 0021). */
    static final String AUTH_TIME = "auth_time";
    /** The session claim (OpenID Connect Front-Channel Logout 1.0 §3): the refresh-token family's id. */
    static final String SESSION_ID = "sid";

    private final Map<String, ECDSASigner> signers = new ConcurrentHashMap<>();
    private final Map<PublicSigningKey, ECDSAVerifier> verifiers = new ConcurrentHashMap<>();

    @Override
    public SigningKeyPair generate() {
        try {
            ECKey key = new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.ES256)
                    .generate();
            String kid = key.computeThumbprint().toString();
            return new SigningKeyPair(new PublicSigningKey(kid, key.getX().toString(), key.getY().toString()),
                    key.toECPrivateKey().getEncoded());
        } catch (JOSEException e) {
            throw new IllegalStateException("could not generate a P-256 key", e);
        }
    }

    @Override
    public String sign(AccessTokenClaims claims, SigningKeyPair key) {
        Objects.requireNonNull(claims, "claims");
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.kid())
                .type(new JOSEObjectType(TOKEN_TYPE)).build();
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .issuer(claims.issuer())
                .audience(claims.audience())
                .subject(claims.subject())
                .issueTime(Date.from(claims.issuedAt()))
                .notBeforeTime(Date.from(claims.notBefore()))
                .expirationTime(Date.from(claims.expiresAt()))
                .jwtID(claims.tokenId())
                .claim("scope", String.join(" ", claims.scopes()));
        if (claims.authTime() != null) {
            builder.claim(AUTH_TIME, claims.authTime().getEpochSecond()); // NumericDate, OpenID Connect Core §2
        }
        if (claims.sessionId() != null) {
            builder.claim(SESSION_ID, claims.sessionId());
        }
        JWTClaimsSet set = builder.build();
        SignedJWT jwt = new SignedJWT(header, set);
        try {
            jwt.sign(signers.computeIfAbsent(key.kid(), kid -> signer(key)));
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign an access token", e);
        }
        return jwt.serialize();
    }

    private static ECDSASigner signer(SigningKeyPair key) {
        try {
            ECPrivateKey privateKey = (ECPrivateKey) KeyFactory.getInstance("EC")
                    .generatePrivate(new PKCS8EncodedKeySpec(key.privateKey()));
            return new ECDSASigner(privateKey);
        } catch (GeneralSecurityException | JOSEException | ClassCastException e) {
            throw new IllegalStateException("signing key " + key.kid() + " is not a P-256 private key", e);
        }
    }

    @Override
    public SignatureCheck verify(String token, List<PublicSigningKey> keys) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
            return refused(TokenRejection.MALFORMED);
        }
        Map<String, Object> header;
        try {
            header = JSONObjectUtils.parse(new Base64URL(parts[0]).decodeToString());
        } catch (ParseException | RuntimeException e) {
            return refused(TokenRejection.MALFORMED);
        }
        if (!"ES256".equals(header.get("alg"))) {
            return refused(TokenRejection.ALGORITHM_NOT_ALLOWED);
        }
        Object typ = header.get("typ");
        if (!(typ instanceof String t) || !(t.toLowerCase(Locale.ROOT).equals(TOKEN_TYPE)
                || t.toLowerCase(Locale.ROOT).equals("application/" + TOKEN_TYPE)) || header.containsKey("crit")) {
            return refused(TokenRejection.WRONG_TYPE);
        }
        Object kid = header.get("kid");
        PublicSigningKey key = null;
        for (PublicSigningKey k : keys) {
            if (k.kid().equals(kid)) {
                key = k;
            }
        }
        if (key == null) {
            return refused(TokenRejection.UNKNOWN_KEY);
        }
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(token);
        } catch (ParseException e) {
            return refused(TokenRejection.MALFORMED);
        }
        try {
            if (!jwt.getHeader().getAlgorithm().equals(JWSAlgorithm.ES256) || !jwt.verify(verifier(key))) {
                return refused(TokenRejection.BAD_SIGNATURE);
            }
        } catch (JOSEException | RuntimeException e) {
            return refused(TokenRejection.BAD_SIGNATURE);
        }
        try {
            JWTClaimsSet set = jwt.getJWTClaimsSet();
            String scope = set.getStringClaim("scope");
            return SignatureCheck.verified(key.kid(), new AccessTokenClaims(set.getIssuer(), set.getAudience(),
                    set.getSubject(), instant(set.getIssueTime()), instant(set.getNotBeforeTime()),
                    instant(set.getExpirationTime()), set.getJWTID(),
                    scope == null || scope.isBlank() ? List.of() : List.of(scope.trim().split(" +")),
                    instant(set.getDateClaim(AUTH_TIME)), set.getStringClaim(SESSION_ID)));
        } catch (ParseException e) {
            return refused(TokenRejection.MISSING_CLAIM);
        }
    }

    private ECDSAVerifier verifier(PublicSigningKey key) {
        return verifiers.computeIfAbsent(key, k -> {
            try {
                // the builder checks the point lies on P-256
                return new ECDSAVerifier(new ECKey.Builder(Curve.P_256, new Base64URL(k.x()), new Base64URL(k.y()))
                        .build());
            } catch (JOSEException | IllegalArgumentException e) {
                throw new IllegalStateException("published key " + k.kid() + " is not a P-256 public key", e);
            }
        });
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static SignatureCheck refused(TokenRejection reason) {
        return SignatureCheck.refused(reason);
    }
}
