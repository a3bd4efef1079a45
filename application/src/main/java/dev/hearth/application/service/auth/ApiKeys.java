package dev.hearth.application.service.auth;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The form of API keys (ADR 0020): {@code hk_<prefix>_<secret>}, where the prefix is 8 random base62 characters
 * (visible, stored in clear, finds the key) and the secret 43 random base62 characters (256 bits). Only SHA-256 of the
 * whole key is stored: a uniformly random 256-bit secret cannot be guessed or searched for, so a slow password hash
 * would add cost and nothing else.
 */
final class ApiKeys {

    /** Every key starts with this, so people and secret scanners recognise one. */
    static final String PREFIX = "hk_";
    static final int PREFIX_LENGTH = 8;
    static final int SECRET_LENGTH = 43;
    /** The exact form of a key; anything else is refused before a lookup. */
    static final Pattern FORM = Pattern.compile("hk_([A-Za-z0-9]{8})_[A-Za-z0-9]{43}");

    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeys() {
    }

    /** Whether the credential is meant as an API key (it may still be malformed). */
    static boolean isApiKey(String credential) {
        return credential.startsWith(PREFIX);
    }

    /** A new key: fresh prefix, fresh 256-bit secret. */
    static String newKey() {
        return PREFIX + base62(PREFIX_LENGTH) + "_" + base62(SECRET_LENGTH);
    }

    /** The visible prefix of a well-formed key, or null when it is not one. */
    static String prefixOf(String key) {
        Matcher m = FORM.matcher(key);
        return m.matches() ? m.group(1) : null;
    }

    /** SHA-256 of the whole key: what is stored and compared. */
    static byte[] hash(String key) {
        return Secrets.sha256(key);
    }

    /** Whether {@code key} hashes to {@code storedHash}, compared in constant time. */
    static boolean matches(String key, byte[] storedHash) {
        return MessageDigest.isEqual(hash(key), storedHash);
    }

    /** {@code length} uniformly random base62 characters (rejection sampling: no modulo bias). */
    private static String base62(int length) {
        StringBuilder sb = new StringBuilder(length);
        byte[] one = new byte[1];
        while (sb.length() < length) {
            RANDOM.nextBytes(one);
            int b = one[0] & 0xff;
            if (b < 248) { // 248 = 4 * 62
                sb.append(BASE62.charAt(b % 62));
            }
        }
        return sb.toString();
    }

    /** A UUIDv7 (RFC 9562) for a key made at {@code at}: time-ordered, like Hearth's other resource ids. */
    static UUID newId(Instant at) {
        long millis = at.toEpochMilli();
        long high = (millis << 16) | 0x7000L | (RANDOM.nextInt() & 0x0fffL);
        long low = (RANDOM.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
