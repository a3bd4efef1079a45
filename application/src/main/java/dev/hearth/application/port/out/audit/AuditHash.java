package dev.hearth.application.port.out.audit;

import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A SHA-256 digest in the audit chain, written as 64 lower-case hexadecimal characters (the form printed by
 * {@code hearth audit verify} and shown in the runbook).
 *
 * @param hex 64 lower-case hexadecimal characters
 */
public record AuditHash(String hex) {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    /** The "previous hash" of the first event: 32 zero bytes. */
    public static final AuditHash GENESIS = new AuditHash("0".repeat(64));

    public AuditHash {
        Objects.requireNonNull(hex, "hex");
        if (!HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("an audit hash is 64 lower-case hexadecimal characters");
        }
    }

    /** From the 32 raw bytes of a digest. */
    public static AuditHash of(byte[] digest) {
        if (digest == null || digest.length != 32) {
            throw new IllegalArgumentException("an audit hash is 32 bytes");
        }
        return new AuditHash(HexFormat.of().formatHex(digest));
    }

    /** The 32 raw bytes (a fresh copy). */
    public byte[] bytes() {
        return HexFormat.of().parseHex(hex);
    }

    @Override
    public String toString() {
        return hex;
    }
}
