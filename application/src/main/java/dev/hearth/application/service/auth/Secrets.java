package dev.hearth.application.service.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Random refresh tokens and their SHA-256 hashes. */
final class Secrets {

    /** Refresh tokens start with this, so secret scanners (and people) recognise a leaked one. */
    static final String REFRESH_PREFIX = "hrt_";
    /** {@code hrt_} then 256 random bits as base64url without padding. */
    static final Pattern REFRESH_TOKEN = Pattern.compile("hrt_[A-Za-z0-9_-]{43}");

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    /** A new refresh token: 256 bits from a strong random source. */
    static String newRefreshToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return REFRESH_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether {@code token} has the form of a refresh token (checked before anything is looked up). */
    static boolean looksLikeRefreshToken(String token) {
        return token != null && REFRESH_TOKEN.matcher(token).matches();
    }

    /** SHA-256 of the token's UTF-8 bytes: what is stored and looked up. */
    static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Lower-case hex, for throttle keys made from a blind index. */
    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
