package dev.hearth.application.port.model;

/**
 * After each committed batch of a re-encryption under the primary key.
 *
 * @param column      the encrypted column, {@code table.column}
 * @param batches     batches committed so far in this column
 * @param scanned     rows read so far in this column
 * @param reEncrypted rows re-encrypted so far in this column
 * @param lastRowId   the id of the last row of the batch
 */
public record FieldReEncryptionProgress(String column, long batches, long scanned, long reEncrypted,
                                        String lastRowId) {
}
