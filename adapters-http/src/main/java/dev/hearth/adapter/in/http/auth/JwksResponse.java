package dev.hearth.adapter.in.http.auth;

import dev.hearth.application.port.in.auth.PublishedSigningKeys;
import java.util.List;

/**
 * A JSON Web Key Set (RFC 7517): the public keys that verify Hearth's access tokens.
 *
 * @param keys the keys: the signing one, any published successor, and retired ones still verifying
 */
public record JwksResponse(List<Jwk> keys) {

    static JwksResponse from(PublishedSigningKeys published) {
        return new JwksResponse(published.keys().stream()
                .map(k -> new Jwk("EC", "P-256", k.x(), k.y(), k.kid(), "sig", "ES256")).toList());
    }

    /**
     * One public key (RFC 7517/7518): an ECDSA P-256 key for ES256.
     *
     * @param kty always {@code EC}
     * @param crv always {@code P-256}
     * @param x   the public point's x coordinate, base64url
     * @param y   the public point's y coordinate, base64url
     * @param kid the key id that tokens name in their header (RFC 7638 thumbprint)
     * @param use always {@code sig}
     * @param alg always {@code ES256}
     */
    public record Jwk(String kty, String crv, String x, String y, String kid, String use, String alg) {
    }
}
