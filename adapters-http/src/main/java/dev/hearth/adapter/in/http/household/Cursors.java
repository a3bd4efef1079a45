package dev.hearth.adapter.in.http.household;

import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import dev.hearth.application.error.FieldError;
import dev.hearth.adapter.in.http.ProblemMapper;
import dev.hearth.application.port.model.PageRequest;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code cursor} and {@code limit} query parameters of every list. A cursor is opaque to clients: the identifier
 * of the last item of the previous page, as 22 base64url characters. Identifiers are UUIDv7, ordered by creation, so a
 * page never repeats or skips an item when others are added meanwhile.
 */
final class Cursors {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private Cursors() {
    }

    /** The page asked for by {@code cursor} and {@code limit} (default {@value PageRequest#DEFAULT_LIMIT}). */
    static PageRequest page(Optional<String> cursor, Optional<String> limit) {
        UUID after = cursor.filter(c -> !c.isEmpty()).map(Cursors::decode).orElse(null);
        int size = limit.map(Cursors::limit).orElse(PageRequest.DEFAULT_LIMIT);
        return new PageRequest(after, size);
    }

    /** The cursor of the page after the one ending at {@code lastId}, or null when there is none. */
    static String next(UUID lastId) {
        if (lastId == null) {
            return null;
        }
        return ENCODER.encodeToString(ByteBuffer.allocate(16)
                .putLong(lastId.getMostSignificantBits()).putLong(lastId.getLeastSignificantBits()).array());
    }

    private static UUID decode(String cursor) {
        byte[] bytes;
        try {
            bytes = cursor.length() == 22 ? DECODER.decode(cursor) : new byte[0];
        } catch (IllegalArgumentException e) {
            bytes = new byte[0];
        }
        if (bytes.length != 16) {
            throw invalid("cursor", "invalid_cursor",
                    "Use the nextCursor of the previous page exactly as it was given.");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new UUID(buffer.getLong(), buffer.getLong());
    }

    private static int limit(String text) {
        if (text.matches("[0-9]{1,3}")) {
            int value = Integer.parseInt(text);
            if (value >= 1 && value <= PageRequest.MAX_LIMIT) {
                return value;
            }
        }
        throw invalid("limit", "out_of_range", "Use a whole number from 1 to " + PageRequest.MAX_LIMIT + ".");
    }

    private static ApplicationException invalid(String field, String code, String message) {
        return new ApplicationException(ErrorCode.VALIDATION_FAILED, ProblemMapper.validationDetail(1),
                List.of(new FieldError(field, code, message)));
    }
}
