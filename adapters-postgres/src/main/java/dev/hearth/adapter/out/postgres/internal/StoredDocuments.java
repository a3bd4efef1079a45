package dev.hearth.adapter.out.postgres.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import dev.hearth.application.port.out.crypto.FieldEncryptionPort;
import dev.hearth.application.port.out.crypto.FieldLocation;
import dev.hearth.wire.json.WireJson;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * Encrypted documents: a record written as Hearth's wire JSON ({@link WireJson}, the exact API shape), then encrypted
 * with {@link FieldEncryptionPort} bound to its {@link FieldLocation} (table, column, row id); and the way back. A
 * document that does not decrypt fails with {@code UndecryptableFieldException}; one that decrypts but is not the
 * expected JSON shape fails with {@code INTERNAL} naming the location. Neither message ever contains the value.
 */
public final class StoredDocuments {

    private static final ObjectMapper JSON = WireJson.newMapper();

    private final FieldEncryptionPort encryption;

    public StoredDocuments(FieldEncryptionPort encryption) {
        this.encryption = Objects.requireNonNull(encryption, "encryption");
    }

    /** {@code value} as wire JSON, encrypted for {@code location}. */
    public byte[] seal(Object value, FieldLocation location) {
        Objects.requireNonNull(value, "value");
        byte[] json;
        try {
            json = JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new ApplicationException(ErrorCode.INTERNAL, "A document for " + location
                    + " could not be written as JSON.", List.of(), withoutMessage(e));
        }
        return encryption.encrypt(json, location);
    }

    /** The {@code type} stored at {@code location}. */
    public <T> T open(byte[] ciphertext, FieldLocation location, Class<T> type) {
        Objects.requireNonNull(ciphertext, "ciphertext");
        byte[] json = encryption.decrypt(ciphertext, location);
        try {
            return JSON.readValue(json, type);
        } catch (IOException | RuntimeException e) {
            throw new ApplicationException(ErrorCode.INTERNAL, "A stored document could not be read (" + location
                    + "): it decrypts but is not the expected " + type.getSimpleName() + " JSON.", List.of(),
                    withoutMessage(e));
        }
    }

    /**
     * Jackson's messages quote the offending content (a stored value); keep only its type and where, for the logs.
     */
    private static Throwable withoutMessage(Exception e) {
        String where = e instanceof JsonProcessingException j && j.getLocation() != null
                ? " at line " + j.getLocation().getLineNr() + ", column " + j.getLocation().getColumnNr() : "";
        return new IllegalStateException(e.getClass().getSimpleName() + where);
    }
}
