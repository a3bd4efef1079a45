package dev.hearth.application.port.model;

import java.util.List;
import java.util.Objects;

/**
 * What a re-encryption under the primary key did to one encrypted column: counts and row ids, never values.
 *
 * @param column           the encrypted column, {@code table.column}
 * @param scanned          rows with a ciphertext that were read
 * @param reEncrypted      rows now under the primary key that were not before
 * @param alreadyCurrent   rows that were already under the primary key (left alone)
 * @param changedMeanwhile rows the application rewrote between read and write (left as the application wrote them; a
 *                         second run checks them)
 * @param failed           rows that could not be decrypted (unknown or disabled key, altered, or moved)
 * @param failedRowIds     the first of those rows' ids (at most a hundred; {@code failed} is always complete)
 */
public record FieldReEncryptionReport(String column, long scanned, long reEncrypted, long alreadyCurrent,
                                      long changedMeanwhile, long failed, List<String> failedRowIds) {

    public FieldReEncryptionReport {
        Objects.requireNonNull(column, "column");
        failedRowIds = List.copyOf(failedRowIds);
    }

    /** Whether every row is now known to be under the primary key (apart from rows changed meanwhile). */
    public boolean complete() {
        return failed == 0;
    }
}
