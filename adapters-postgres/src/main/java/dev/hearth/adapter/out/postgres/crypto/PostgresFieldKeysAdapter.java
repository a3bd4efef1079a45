package dev.hearth.adapter.out.postgres.crypto;

import dev.hearth.application.port.model.FieldKey;
import dev.hearth.application.port.model.FieldKeyCount;
import dev.hearth.application.port.model.FieldReEncryptionProgress;
import dev.hearth.application.port.model.FieldReEncryptionReport;
import dev.hearth.application.port.out.crypto.CountFieldKeysPort;
import dev.hearth.application.port.out.crypto.ReEncryptFieldsPort;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The key-rotation ports over a set of encrypted columns (normally {@link EncryptedColumns#all()}): {@link KeyRotation}
 * does the work, this adapter speaks the ports' language (columns as {@code table.column}, keys without material).
 * Obtain it from {@code PostgresAdapters.fieldKeys(encryption, columns)}.
 */
public final class PostgresFieldKeysAdapter implements ReEncryptFieldsPort, CountFieldKeysPort {

    private final KeyRotation rotation;
    private final FieldKeyset keyset;
    private final List<EncryptedColumn> columns;

    /** Use {@code PostgresAdapters.fieldKeys(encryption, columns)}. */
    public PostgresFieldKeysAdapter(KeyRotation rotation, FieldKeyset keyset, List<EncryptedColumn> columns) {
        this.rotation = Objects.requireNonNull(rotation, "rotation");
        this.keyset = Objects.requireNonNull(keyset, "keyset");
        this.columns = List.copyOf(columns);
    }

    @Override
    public int primaryKeyId() {
        return keyset.primaryKeyId();
    }

    @Override
    public List<String> columns() {
        return columns.stream().map(EncryptedColumn::toString).toList();
    }

    @Override
    public FieldReEncryptionReport reEncrypt(String column, int batchSize,
                                             Consumer<FieldReEncryptionProgress> progress) {
        KeyRotation.RotationReport report = rotation.reEncrypt(column(column), batchSize,
                p -> progress.accept(new FieldReEncryptionProgress(p.column().toString(), p.batches(), p.scanned(),
                        p.reEncrypted(), p.lastRowId())));
        return new FieldReEncryptionReport(report.column().toString(), report.scanned(), report.reEncrypted(),
                report.alreadyCurrent(), report.changedMeanwhile(), report.failed(), report.failedRowIds());
    }

    @Override
    public List<FieldKey> keys() {
        return keyset.keys().stream().map(k -> new FieldKey(k.id(), k.enabled(), k.primary())).toList();
    }

    @Override
    public List<FieldKeyCount> count() {
        return rotation.census(columns).stream()
                .map(c -> new FieldKeyCount(c.column().toString(), c.byKeyId(), c.withoutKeyId())).toList();
    }

    private EncryptedColumn column(String name) {
        return columns.stream().filter(c -> c.toString().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a registered encrypted column: " + name));
    }
}
