package dev.hearth.application.port.in.crypto;

import dev.hearth.application.port.model.CallContext;
import dev.hearth.application.port.model.FieldKeyRotationListener;
import dev.hearth.application.port.out.crypto.ReEncryptFieldsPort;
import java.util.Objects;

/**
 * Re-encrypt stored values under the primary key.
 *
 * @param context   who runs it (the command line runs as {@code system:key-rotation})
 * @param batchSize rows per transaction, from 1 to 10,000 ({@code MAX_BATCH_SIZE})
 * @param listener  told of the start and of every committed batch
 */
public record RotateFieldKeysCommand(CallContext context, int batchSize, FieldKeyRotationListener listener) {

    /** Largest batch accepted. */
    public static final int MAX_BATCH_SIZE = ReEncryptFieldsPort.MAX_BATCH_SIZE;

    /** Rows per transaction when the operator names none. */
    public static final int DEFAULT_BATCH_SIZE = 500;

    /**
     * @throws IllegalArgumentException when the batch size is out of range
     */
    public RotateFieldKeysCommand {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(listener, "listener");
        if (batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
            throw new IllegalArgumentException("batch size must be from 1 to " + MAX_BATCH_SIZE + " (was "
                    + batchSize + ")");
        }
    }
}
