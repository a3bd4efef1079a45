package dev.hearth.application.port.model;

import java.util.Map;
import java.util.Objects;

/**
 * How many ciphertexts in one encrypted column name each key.
 *
 * @param column       the encrypted column, {@code table.column}
 * @param byKeyId      key id to number of ciphertexts, in key-id order
 * @param withoutKeyId ciphertexts with no key-id prefix (should be 0: they cannot be decrypted)
 */
public record FieldKeyCount(String column, Map<Integer, Long> byKeyId, long withoutKeyId) {

    public FieldKeyCount {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(byKeyId, "byKeyId");
    }

    /** How many ciphertexts name {@code keyId}. */
    public long count(int keyId) {
        return byKeyId.getOrDefault(keyId, 0L);
    }
}
