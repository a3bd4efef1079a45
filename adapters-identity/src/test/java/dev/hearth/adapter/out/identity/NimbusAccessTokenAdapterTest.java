package dev.hearth.adapter.out.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.application.port.out.identity.AccessTokenClaims;
import dev.hearth.application.port.out.identity.SignatureCheck;
import dev.hearth.application.port.out.identity.SigningKeyPair;
import dev.hearth.application.port.out.identity.TokenRejection;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The adapter's own refusals; the same attacks are replayed over HTTP in bootstrap's AuthEndToEndTest. */
class NimbusAccessTokenAdapterTest {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private final NimbusAccessTokenAdapter adapter = new NimbusAccessTokenAdapter();
    private final SigningKeyPair key = adapter.generate();
    private final Instant now = Instant.parse("2026-11-23T10:00:00Z");
    private final AccessTokenClaims claims = new AccessTokenClaims("hearth", List.of("hearth-api"),
            "0196a0c2-0000-7000-8000-000000000001", now, now, now.plusSeconds(600), "jti-1", List.of("account"),
            now.minusSeconds(840));

    @Test
    void a_token_it_signed_verifies_with_every_claim_back() {
        String token = adapter.sign(claims, key);

        SignatureCheck check = adapter.verify(token, List.of(key.publicKey()));

        assertThat(check).isEqualTo(SignatureCheck.verified(key.kid(), claims));
        assertThat(payload(token)).as("auth_time, the sign-in kept across refreshes (ADR 0021)")
                .isNotEmpty();
        assertThat(new String(Base64.getUrlDecoder().decode(payload(token)), StandardCharsets.UTF_8))
                .contains("\"auth_time\":" + now.minusSeconds(840).getEpochSecond());
        assertThat(header(token)).contains("\"alg\":\"ES256\"", "\"typ\":\"at+jwt\"", "\"kid\":\"" + key.kid() + "\"");
    }

    @Test
    void the_key_id_is_the_thumbprint_and_differs_per_key() {
        assertThat(key.kid()).matches("[A-Za-z0-9_-]{43}");
        assertThat(adapter.generate().kid()).isNotEqualTo(key.kid());
    }

    @Test
    void alg_none_is_refused() {
        String token = part("{\"alg\":\"none\",\"typ\":\"at+jwt\",\"kid\":\"" + key.kid() + "\"}") + "."
                + payload(adapter.sign(claims, key)) + ".";
        assertThat(adapter.verify(token, List.of(key.publicKey())))
                .isEqualTo(SignatureCheck.refused(TokenRejection.ALGORITHM_NOT_ALLOWED));
    }

    @Test
    void hs256_signed_with_the_public_key_is_refused() throws Exception {
        String signingInput = part("{\"alg\":\"HS256\",\"typ\":\"at+jwt\",\"kid\":\"" + key.kid() + "\"}") + "."
                + payload(adapter.sign(claims, key));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(("{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"" + key.publicKey().x() + "\",\"y\":\""
                + key.publicKey().y() + "\"}").getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String token = signingInput + "." + B64.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));

        assertThat(adapter.verify(token, List.of(key.publicKey())))
                .isEqualTo(SignatureCheck.refused(TokenRejection.ALGORITHM_NOT_ALLOWED));
    }

    @Test
    void a_zero_valued_signature_is_refused() {
        String token = adapter.sign(claims, key);
        String zero = token.substring(0, token.lastIndexOf('.') + 1) + B64.encodeToString(new byte[64]);

        assertThat(adapter.verify(zero, List.of(key.publicKey())))
                .isEqualTo(SignatureCheck.refused(TokenRejection.BAD_SIGNATURE));
    }

    @Test
    void a_tampered_payload_is_refused() {
        String token = adapter.sign(claims, key);
        String[] parts = token.split("\\.");
        String tampered = parts[0] + "." + part(new String(Base64.getUrlDecoder().decode(parts[1]),
                StandardCharsets.UTF_8).replace("\"account\"", "\"account admin:signing-keys\"")) + "." + parts[2];

        assertThat(adapter.verify(tampered, List.of(key.publicKey())))
                .isEqualTo(SignatureCheck.refused(TokenRejection.BAD_SIGNATURE));
    }

    @Test
    void a_token_signed_by_a_key_that_is_not_published_is_refused() {
        SigningKeyPair other = adapter.generate();
        assertThat(adapter.verify(adapter.sign(claims, other), List.of(key.publicKey())))
                .isEqualTo(SignatureCheck.refused(TokenRejection.UNKNOWN_KEY));
    }

    @Test
    void garbage_is_malformed() {
        assertThat(adapter.verify("not.a.token", List.of(key.publicKey())))
                .isEqualTo(SignatureCheck.refused(TokenRejection.MALFORMED));
        assertThat(adapter.verify("abc", List.of(key.publicKey())))
                .isEqualTo(SignatureCheck.refused(TokenRejection.MALFORMED));
    }

    private static String part(String json) {
        return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String payload(String token) {
        return token.split("\\.")[1];
    }

    private static String header(String token) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]), StandardCharsets.UTF_8);
    }
}
