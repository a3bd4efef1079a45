package dev.hearth.adapter.out.redis.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Counter keys as Redis sees them: a fixed prefix and the SHA-256 of the caller's key (base64url, 128 bits). A key may
 * name a client address, which Hearth never stores in clear (ADR 0018), so Redis holds only its digest.
 */
final class HashedKeys {

    private HashedKeys() {
    }

    static String of(String prefix, String key) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        byte[] digest = sha256.digest(key.getBytes(StandardCharsets.UTF_8));
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 16));
    }
}
