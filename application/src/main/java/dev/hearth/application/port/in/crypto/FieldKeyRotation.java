package dev.hearth.application.port.in.crypto;

import dev.hearth.application.port.model.FieldReEncryptionReport;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a re-encryption run did.
 *
 * @param primaryKeyId   the key every value was re-encrypted under
 * @param reports        one per encrypted column, in the order walked
 * @param recordedAs     the sequence of the {@code keys.rotated} audit event recording the run
 * @param notRecorded    why the run could not be recorded in the audit trail (error code and message), when it could
 *                       not: the values were re-encrypted all the same
 */
public record FieldKeyRotation(int primaryKeyId, List<FieldReEncryptionReport> reports, Optional<Long> recordedAs,
                               Optional<String> notRecorded) {

    public FieldKeyRotation {
        reports = List.copyOf(reports);
        Objects.requireNonNull(recordedAs, "recordedAs");
        Objects.requireNonNull(notRecorded, "notRecorded");
    }

    /** Whether every value is now under the primary key, apart from values changed meanwhile. */
    public boolean complete() {
        return reports.stream().allMatch(FieldReEncryptionReport::complete);
    }

    /** Values that could not be decrypted, left untouched. */
    public long failed() {
        return reports.stream().mapToLong(FieldReEncryptionReport::failed).sum();
    }

    /** Values the application rewrote during the run: a second run confirms they are current. */
    public long changedMeanwhile() {
        return reports.stream().mapToLong(FieldReEncryptionReport::changedMeanwhile).sum();
    }
}
