package dev.hearth.adapter.in.http.internal;

import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Reading the {@code Idempotency-Key} header and fingerprinting the request it came with (ADR 0026).
 */
public final class IdempotencyKeys {

    /** The body of a request or answer that has none. */
    public static final byte[] NO_BODY = new byte[0];

    private IdempotencyKeys() {
    }

    /**
     * The key in the header: the draft's Structured Field string ({@code "..."}), or the same characters unquoted, which
     * most clients send. Missing or empty: {@code idempotency_key_missing}. The characters are checked by the use case.
     */
    public static String keyOf(String header) {
        if (header == null || header.isBlank()) {
            throw new ApplicationException(ErrorCode.IDEMPOTENCY_KEY_MISSING, null);
        }
        String key = header.strip();
        if (key.length() >= 2 && key.charAt(0) == '"' && key.charAt(key.length() - 1) == '"') {
            key = key.substring(1, key.length() - 1);
        }
        return key;
    }

    /**
     * What a request asks for, as SHA-256 hex: its method, path, {@code If-Match} precondition and body bytes, each
     * length-prefixed so no two different requests run together into the same input.
     */
    public static String fingerprint(String method, String path, String ifMatch, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            part(sha, method.getBytes(StandardCharsets.UTF_8));
            part(sha, path.getBytes(StandardCharsets.UTF_8));
            part(sha, ifMatch == null ? NO_BODY : ifMatch.strip().getBytes(StandardCharsets.UTF_8));
            part(sha, body);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void part(MessageDigest sha, byte[] bytes) {
        sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        sha.update(bytes);
    }
}
