package dev.hearth.adapter.out.postgres.crypto;

import dev.hearth.adapter.out.postgres.internal.Database;
import dev.hearth.adapter.out.postgres.internal.HouseholdScope;
import dev.hearth.application.port.out.crypto.FieldLocation;
import dev.hearth.application.port.out.crypto.ReEncryptFieldsPort;
import dev.hearth.application.port.out.crypto.UndecryptableFieldException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;

/**
 * Re-encrypts stored field ciphertexts under the keyset's current primary key, without downtime: what
 * {@code hearth keys rotate} runs after a new key was made primary (see {@code docs/runbooks/key-rotation.md}).
 * Obtain it from {@code PostgresAdapters.keyRotation(encryption)}.
 *
 * <p>For each {@link EncryptedColumn}, rows are read in primary-key order, {@code batchSize} at a time, each batch in
 * its own short transaction. Per row:
 * <ul>
 *   <li>ciphertext already under the primary key: left alone (so a second run writes nothing: idempotent, and an
 *       interrupted run is resumed simply by running again);</li>
 *   <li>under another key the keyset holds enabled: decrypted and encrypted again under the primary, bound to the same
 *       location, and written back only if the stored value is still the one read (compare-and-set), so a value the
 *       application changed meanwhile is never overwritten with an older one;</li>
 *   <li>no key id, a key the keyset lacks or has disabled, or a value that fails authentication: counted as failed,
 *       its row id reported (never the value), and the run goes on.</li>
 * </ul>
 * Rotation runs as the pool's login (it reads every household's rows), not as {@code hearth_app}; the household
 * tables' row-level security (forced for their owner too) is opened to every household for each of its transactions
 * ({@code hearth.household_scope = 'all'}).
 */
public final class KeyRotation {

    /** Largest batch accepted. */
    public static final int MAX_BATCH_SIZE = ReEncryptFieldsPort.MAX_BATCH_SIZE;
    /** How many failed row ids a report lists (the count is always complete). */
    public static final int MAX_LISTED_FAILURES = 100;

    private final Database database;
    private final TinkFieldEncryptionAdapter encryption;

    /** Use {@code PostgresAdapters.keyRotation(encryption)}. */
    public KeyRotation(Database database, TinkFieldEncryptionAdapter encryption) {
        this.database = Objects.requireNonNull(database, "database");
        this.encryption = Objects.requireNonNull(encryption, "encryption");
    }

    /** Re-encrypts every column in {@code columns}, one after the other; see {@link #reEncrypt}. */
    public List<RotationReport> reEncryptAll(List<EncryptedColumn> columns, int batchSize,
                                             Consumer<RotationProgress> progress) {
        List<RotationReport> reports = new ArrayList<>();
        for (EncryptedColumn column : columns) {
            reports.add(reEncrypt(column, batchSize, progress));
        }
        return List.copyOf(reports);
    }

    /**
     * Re-encrypts one column under the primary key, in batches of {@code batchSize}; calls {@code progress} after each
     * committed batch (an exception thrown there stops the run after that batch; running again resumes it).
     */
    public RotationReport reEncrypt(EncryptedColumn column, int batchSize, Consumer<RotationProgress> progress) {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(progress, "progress");
        if (batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
            throw new IllegalArgumentException("batchSize must be between 1 and " + MAX_BATCH_SIZE);
        }
        Tally tally = new Tally(column);
        Object after = null;
        long batches = 0;
        while (true) {
            Object from = after;
            Batch batch = database.inTransaction(handle -> {
                HouseholdScope.allHouseholdsForTheRestOfTheTransaction(handle);
                return rotateBatch(handle, column, from, batchSize, tally);
            });
            if (batch.rows == 0) {
                break;
            }
            batches++;
            after = batch.lastId;
            progress.accept(new RotationProgress(column, batches, tally.scanned, tally.reEncrypted,
                    batch.lastRowId));
            if (batch.rows < batchSize) {
                break;
            }
        }
        return tally.report();
    }

    private Batch rotateBatch(Handle handle, EncryptedColumn column, Object after, int batchSize, Tally tally) {
        String id = EncryptedColumn.quote(column.idColumn());
        String value = EncryptedColumn.quote(column.ciphertextColumn());
        String sql = "SELECT " + id + " AS id, " + id + "::text AS row_id, " + value + " AS ciphertext FROM "
                + column.quotedTable() + " WHERE " + value + " IS NOT NULL"
                + (after == null ? "" : " AND " + id + " > :after") + " ORDER BY " + id + " LIMIT :limit";
        var query = handle.createQuery(sql).bind("limit", batchSize);
        if (after != null) {
            query.bind("after", after);
        }
        List<Row> rows = query.map((rs, ctx) -> new Row(rs.getObject("id"), rs.getString("row_id"),
                rs.getBytes("ciphertext"))).list();
        String update = "UPDATE " + column.quotedTable() + " SET " + value + " = :fresh WHERE " + id + " = :id AND "
                + value + " = :old";
        int primary = encryption.keyset().primaryKeyId();
        for (Row row : rows) {
            tally.scanned++;
            OptionalInt keyId = FieldKeyset.keyIdOf(row.ciphertext);
            if (keyId.isPresent() && keyId.getAsInt() == primary) {
                tally.alreadyCurrent++;
                continue;
            }
            FieldLocation location = column.location(row.rowId);
            byte[] fresh;
            try {
                fresh = encryption.encrypt(encryption.decrypt(row.ciphertext, location), location);
            } catch (UndecryptableFieldException e) {
                tally.failed(row.rowId);
                continue;
            }
            int written = handle.createUpdate(update).bind("fresh", fresh).bind("id", row.id)
                    .bind("old", row.ciphertext).execute();
            if (written == 1) {
                tally.reEncrypted++;
            } else {
                tally.changedMeanwhile++;
            }
        }
        return rows.isEmpty() ? new Batch(0, null, null)
                : new Batch(rows.size(), rows.get(rows.size() - 1).id, rows.get(rows.size() - 1).rowId);
    }

    /**
     * How many ciphertexts each key still protects, per column: the check before disabling or removing an old key
     * (it must show zero for that key everywhere).
     */
    public List<KeyCensus> census(List<EncryptedColumn> columns) {
        List<KeyCensus> census = new ArrayList<>();
        for (EncryptedColumn column : columns) {
            String value = EncryptedColumn.quote(column.ciphertextColumn());
            List<Map.Entry<byte[], Long>> groups = database.inTransaction(handle -> {
                HouseholdScope.allHouseholdsForTheRestOfTheTransaction(handle);
                return handle.createQuery(
                                "SELECT substring(" + value + " FROM 1 FOR 5) AS prefix, count(*) AS n FROM "
                                        + column.quotedTable() + " WHERE " + value + " IS NOT NULL GROUP BY 1")
                        .map((rs, ctx) -> Map.entry(rs.getBytes("prefix"), rs.getLong("n"))).list();
            });
            Map<Integer, Long> byKey = new TreeMap<>();
            long withoutKeyId = 0;
            for (Map.Entry<byte[], Long> group : groups) {
                OptionalInt keyId = FieldKeyset.keyIdOf(group.getKey());
                if (keyId.isPresent()) {
                    byKey.merge(keyId.getAsInt(), group.getValue(), Long::sum);
                } else {
                    withoutKeyId += group.getValue();
                }
            }
            census.add(new KeyCensus(column, Collections.unmodifiableMap(byKey), withoutKeyId));
        }
        return List.copyOf(census);
    }

    private record Row(Object id, String rowId, byte[] ciphertext) {
    }

    private record Batch(int rows, Object lastId, String lastRowId) {
    }

    private static final class Tally {
        final EncryptedColumn column;
        long scanned;
        long reEncrypted;
        long alreadyCurrent;
        long changedMeanwhile;
        long failed;
        final List<String> failedRowIds = new ArrayList<>();

        Tally(EncryptedColumn column) {
            this.column = column;
        }

        void failed(String rowId) {
            failed++;
            if (failedRowIds.size() < MAX_LISTED_FAILURES) {
                failedRowIds.add(rowId);
            }
        }

        RotationReport report() {
            return new RotationReport(column, scanned, reEncrypted, alreadyCurrent, changedMeanwhile, failed,
                    List.copyOf(failedRowIds));
        }
    }

    /**
     * After each batch of a run.
     *
     * @param column      the column being rotated
     * @param batches     batches committed so far in this column
     * @param scanned     rows read so far in this column
     * @param reEncrypted rows re-encrypted so far in this column
     * @param lastRowId   the id of the last row of the batch
     */
    public record RotationProgress(EncryptedColumn column, long batches, long scanned, long reEncrypted,
                                   String lastRowId) {
    }

    /**
     * What a run did to one column.
     *
     * @param column           the column
     * @param scanned          rows with a ciphertext that were read
     * @param reEncrypted      rows now under the primary key that were not before
     * @param alreadyCurrent   rows that were already under the primary key (left alone)
     * @param changedMeanwhile rows the application rewrote between read and write (left as the application wrote
     *                         them; a second run checks them)
     * @param failed           rows that could not be decrypted (unknown or disabled key, altered, or moved)
     * @param failedRowIds     the first {@value #MAX_LISTED_FAILURES} of those rows' ids
     */
    public record RotationReport(EncryptedColumn column, long scanned, long reEncrypted, long alreadyCurrent,
                                 long changedMeanwhile, long failed, List<String> failedRowIds) {

        /** Whether every row is now known to be under the primary key (apart from rows changed meanwhile). */
        public boolean complete() {
            return failed == 0;
        }

        /** One line for the operator: no values, only counts and ids. */
        @Override
        public String toString() {
            return column + ": scanned " + scanned + ", re-encrypted " + reEncrypted + ", already current "
                    + alreadyCurrent + ", changed meanwhile " + changedMeanwhile + ", failed " + failed
                    + (failedRowIds.isEmpty() ? "" : " (row ids " + String.join(", ", failedRowIds)
                    + (failed > failedRowIds.size() ? ", ..." : "") + ")");
        }
    }

    /**
     * How many ciphertexts in one column name each key.
     *
     * @param column       the column
     * @param byKeyId      key id to number of ciphertexts (ids as Tink writes them; print with
     *                     {@link Integer#toUnsignedString(int)})
     * @param withoutKeyId ciphertexts with no key-id prefix (should be 0: they cannot be decrypted)
     */
    public record KeyCensus(EncryptedColumn column, Map<Integer, Long> byKeyId, long withoutKeyId) {

        /** How many ciphertexts name {@code keyId}. */
        public long count(int keyId) {
            return byKeyId.getOrDefault(keyId, 0L);
        }
    }
}
