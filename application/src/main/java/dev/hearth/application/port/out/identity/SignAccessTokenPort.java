package dev.hearth.application.port.out.identity;

/** Signs access tokens: compact JWS, ES256, header {@code kid} and {@code typ: at+jwt} (RFC 9068). */
public interface SignAccessTokenPort {

    /** The signed token for {@code claims}, signed with {@code key}. */
    String sign(AccessTokenClaims claims, SigningKeyPair key);
}
