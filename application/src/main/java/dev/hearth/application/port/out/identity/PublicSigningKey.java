package dev.hearth.application.port.out.identity;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The public half of an ES256 (ECDSA on P-256 with SHA-256) access-token signing key, as published in the JWKS.
 *
 * @param kid the key id carried in each token's header: 1-128 of {@code A-Z a-z 0-9 . _ -} (an RFC 7638 thumbprint)
 * @param x   the public point's x coordinate, base64url without padding (32 bytes)
 * @param y   the public point's y coordinate, base64url without padding (32 bytes)
 */
public record PublicSigningKey(String kid, String x, String y) {

    private static final Pattern KID = Pattern.compile("[A-Za-z0-9._-]{1,128}");
    private static final Pattern COORDINATE = Pattern.compile("[A-Za-z0-9_-]{43}");

    public PublicSigningKey {
        Objects.requireNonNull(kid, "kid");
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        if (!KID.matcher(kid).matches()) {
            throw new IllegalArgumentException("kid must be 1-128 of A-Z a-z 0-9 . _ -");
        }
        if (!COORDINATE.matcher(x).matches() || !COORDINATE.matcher(y).matches()) {
            throw new IllegalArgumentException("x and y must be 32-byte base64url coordinates");
        }
    }
}
