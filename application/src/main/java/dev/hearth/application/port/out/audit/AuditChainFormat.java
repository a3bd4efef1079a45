package dev.hearth.application.port.out.audit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * How an audit event is hashed into the chain (version 1). Every implementation of the audit ports and every verifier
 * uses this one definition, so an auditor can recompute any hash from the stored columns with this page alone.
 *
 * <p>{@code hash = SHA-256(encoding)}, where the encoding is these fields in this order. A <em>string</em> is its
 * UTF-8 length as a 4-byte big-endian unsigned integer followed by its UTF-8 bytes; integers are big-endian.
 * <ol>
 *   <li>the string {@code hearth.audit.v1} (the format version)</li>
 *   <li>{@code sequence}: 8 bytes</li>
 *   <li>{@code eventId}: 16 bytes (most significant half first)</li>
 *   <li>{@code previousHash}: 32 bytes ({@link AuditHash#GENESIS} for the first event)</li>
 *   <li>the strings {@code actorId}, {@code action}, {@code targetType}, {@code targetId}</li>
 *   <li>{@code occurredAt}: epoch seconds as 8 bytes (signed), then nanoseconds of the second as 4 bytes (always a
 *       whole number of microseconds)</li>
 *   <li>the string {@code correlationId}</li>
 *   <li>{@code justification}: one byte 0 when absent; one byte 1 followed by the string when present</li>
 *   <li>{@code details}: the entry count as 4 bytes, then for each entry in ascending order of key (Java
 *       {@link String#compareTo}, which for these ASCII keys is byte order) the key string and the value string</li>
 * </ol>
 * Every variable-length part carries its length, so no two different events share an encoding.
 */
public final class AuditChainFormat {

    /** The format version written at the start of every encoding. */
    public static final String VERSION = "hearth.audit.v1";

    private AuditChainFormat() {
    }

    /** The canonical encoding of one event at its place in the chain. */
    public static byte[] encode(long sequence, UUID eventId, AuditHash previousHash, AuditEvent event) {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(event, "event");
        Encoder out = new Encoder();
        out.string(VERSION);
        out.int64(sequence);
        out.int64(eventId.getMostSignificantBits());
        out.int64(eventId.getLeastSignificantBits());
        out.raw(previousHash.bytes());
        out.string(event.actorId());
        out.string(event.action());
        out.string(event.targetType());
        out.string(event.targetId());
        out.int64(event.occurredAt().getEpochSecond());
        out.int32(event.occurredAt().getNano());
        out.string(event.correlationId());
        if (event.justification() == null) {
            out.int8(0);
        } else {
            out.int8(1);
            out.string(event.justification());
        }
        out.int32(event.details().size());
        for (Map.Entry<String, String> detail : event.details().entrySet()) { // sorted by key (AuditEvent)
            out.string(detail.getKey());
            out.string(detail.getValue());
        }
        return out.bytes();
    }

    /** {@code SHA-256(encode(...))}: the hash an event at this place in the chain must carry. */
    public static AuditHash hash(long sequence, UUID eventId, AuditHash previousHash, AuditEvent event) {
        return AuditHash.of(sha256().digest(encode(sequence, eventId, previousHash, event)));
    }

    /** The hash a recorded event should carry, recomputed from its contents. */
    public static AuditHash recompute(RecordedAuditEvent recorded) {
        return hash(recorded.sequence(), recorded.eventId(), recorded.previousHash(), recorded.event());
    }

    /** Records an event at the next place after {@code previous} (or first, when {@code previous} is null). */
    public static RecordedAuditEvent chain(RecordedAuditEvent previous, UUID eventId, AuditEvent event) {
        long sequence = previous == null ? 1 : Math.addExact(previous.sequence(), 1);
        AuditHash previousHash = previous == null ? AuditHash.GENESIS : previous.hash();
        return new RecordedAuditEvent(sequence, eventId, event, previousHash,
                hash(sequence, eventId, previousHash, event));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }

    private static final class Encoder {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream(256);

        void string(String value) {
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            int32(utf8.length);
            raw(utf8);
        }

        void int64(long value) {
            raw(ByteBuffer.allocate(Long.BYTES).putLong(value).array());
        }

        void int32(int value) {
            raw(ByteBuffer.allocate(Integer.BYTES).putInt(value).array());
        }

        void int8(int value) {
            out.write(value);
        }

        void raw(byte[] bytes) {
            out.writeBytes(bytes);
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }
}
