package dev.hearth.application.port.model;

/** Follows a re-encryption under the primary key as it runs, e.g. to print progress for the operator. */
public interface FieldKeyRotationListener {

    /** Before the first column: how many columns will be walked, under which primary key. */
    void started(int columns, int primaryKeyId);

    /** After each committed batch (an exception thrown here stops the run after that batch). */
    void batchCommitted(FieldReEncryptionProgress progress);
}
