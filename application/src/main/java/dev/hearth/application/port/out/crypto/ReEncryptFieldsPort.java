package dev.hearth.application.port.out.crypto;

import dev.hearth.application.port.model.FieldReEncryptionProgress;
import dev.hearth.application.port.model.FieldReEncryptionReport;
import java.util.List;
import java.util.function.Consumer;

/**
 * Re-encrypts stored field ciphertexts under the keyset's primary key, column by column, in short batches while the
 * service keeps running (docs/runbooks/key-rotation.md). Idempotent: values already under the primary are left alone.
 */
public interface ReEncryptFieldsPort {

    /** Largest batch accepted. */
    int MAX_BATCH_SIZE = 10_000;

    /** The key new ciphertexts are made with. */
    int primaryKeyId();

    /** The encrypted columns, {@code table.column}, in the order they are walked. */
    List<String> columns();

    /**
     * Re-encrypts one of {@link #columns()} in batches of {@code batchSize} (1 to {@link #MAX_BATCH_SIZE}), calling
     * {@code progress} after each committed batch.
     */
    FieldReEncryptionReport reEncrypt(String column, int batchSize, Consumer<FieldReEncryptionProgress> progress);
}
