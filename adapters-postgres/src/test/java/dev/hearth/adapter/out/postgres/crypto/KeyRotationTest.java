package dev.hearth.adapter.out.postgres.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearth.adapter.out.postgres.PostgresAdapters;
import dev.hearth.adapter.out.postgres.PostgresSettings;
import dev.hearth.testsupport.TestDatabase;
import dev.hearth.testsupport.TestPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Key rotation against real PostgreSQL: values written under an old key stay readable after a new key becomes primary,
 * a rotation run re-encrypts them in batches, a second run changes nothing, an interrupted run resumes, and rows it
 * cannot decrypt are reported by id without stopping the rest.
 */
class KeyRotationTest {

    private static final EncryptedColumn NOTES = new EncryptedColumn("sample_note", "id", "body");
    private static final EncryptedColumn BALANCES = new EncryptedColumn("sample_balance", "id", "pence");
    private static final int ROWS = 25;

    private static TestDatabase db;
    private static PostgresAdapters postgres;

    private FieldKeyset oldKeyset;
    private int oldKey;
    private int newKey;
    private TinkFieldEncryptionAdapter afterPromotion;
    private final Map<String, String> plaintexts = new LinkedHashMap<>();

    @BeforeAll
    static void start() throws SQLException {
        db = TestPostgres.instance().createDatabase(KeyRotationTest.class);
        postgres = PostgresAdapters.start(PostgresSettings.external(db.jdbcUrl(), db.user(), db.password()));
        execute("CREATE TABLE sample_note (id uuid PRIMARY KEY, body bytea)");
        execute("CREATE TABLE sample_balance (id bigint PRIMARY KEY, pence bytea)");
    }

    @AfterAll
    static void stop() {
        if (postgres != null) {
            postgres.close();
        }
    }

    /** 25 notes and 25 balances (plus a row with no value) written under the old key; a new key then made primary. */
    @BeforeEach
    void valuesUnderTheOldKey() throws SQLException {
        execute("TRUNCATE sample_note, sample_balance");
        oldKeyset = FieldKeyset.generate();
        oldKey = oldKeyset.primaryKeyId();
        TinkFieldEncryptionAdapter old = TinkFieldEncryptionAdapter.create(oldKeyset);
        try (Connection c = db.connect();
             PreparedStatement notes = c.prepareStatement("INSERT INTO sample_note VALUES (?, ?)");
             PreparedStatement balances = c.prepareStatement("INSERT INTO sample_balance VALUES (?, ?)")) {
            for (int i = 0; i < ROWS; i++) {
                UUID id = new UUID(0x0190f3a27c1e7000L | i, 0x8000000000000000L | i);
                String note = "creditor note " + i;
                notes.setObject(1, id);
                notes.setBytes(2, old.encryptString(note, NOTES.location(id.toString())));
                notes.addBatch();
                plaintexts.put(id.toString(), note);
                balances.setLong(1, 1000 + i);
                balances.setBytes(2, old.encryptString(Long.toString(12_345 + i), BALANCES.location("" + (1000 + i))));
                balances.addBatch();
            }
            notes.executeBatch();
            balances.executeBatch();
        }
        execute("INSERT INTO sample_note VALUES ('" + new UUID(0x0190f3a27c1e7fffL, 0x8000000000000fffL) + "', NULL)");
        FieldKeyset added = oldKeyset.withNewKey();
        newKey = added.keys().stream().filter(k -> !k.primary()).findFirst().orElseThrow().id();
        afterPromotion = TinkFieldEncryptionAdapter.create(added.withPrimary(newKey));
    }

    @Test
    void values_under_the_old_key_stay_readable_after_a_new_key_becomes_primary() throws SQLException {
        for (Map.Entry<String, byte[]> row : stored(NOTES).entrySet()) {
            assertThat(FieldKeyset.keyIdOf(row.getValue())).hasValue(oldKey);
            assertThat(afterPromotion.decryptString(row.getValue(), NOTES.location(row.getKey())))
                    .isEqualTo(plaintexts.get(row.getKey()));
        }
    }

    @Test
    void rotation_re_encrypts_every_value_under_the_new_primary_in_batches_and_keeps_it_readable() throws SQLException {
        KeyRotation rotation = postgres.keyRotation(afterPromotion);
        assertThat(rotation.census(List.of(NOTES)).get(0).count(oldKey)).isEqualTo(ROWS);
        List<KeyRotation.RotationProgress> progress = new ArrayList<>();

        List<KeyRotation.RotationReport> reports = rotation.reEncryptAll(List.of(NOTES, BALANCES), 10, progress::add);

        assertThat(reports).allSatisfy(r -> {
            assertThat(r.scanned()).isEqualTo(ROWS);
            assertThat(r.reEncrypted()).isEqualTo(ROWS);
            assertThat(r.complete()).isTrue();
        });
        assertThat(progress).extracting(KeyRotation.RotationProgress::batches).containsExactly(1L, 2L, 3L, 1L, 2L, 3L);
        assertThat(rotation.census(List.of(NOTES, BALANCES))).allSatisfy(census -> {
            assertThat(census.count(oldKey)).isZero();
            assertThat(census.count(newKey)).isEqualTo(ROWS);
            assertThat(census.withoutKeyId()).isZero();
        });
        // the old key can now be disabled: everything still reads
        TinkFieldEncryptionAdapter withoutOld = TinkFieldEncryptionAdapter.create(
                afterPromotion.keyset().withKeyDisabled(oldKey));
        for (Map.Entry<String, byte[]> row : stored(NOTES).entrySet()) {
            assertThat(withoutOld.decryptString(row.getValue(), NOTES.location(row.getKey())))
                    .isEqualTo(plaintexts.get(row.getKey()));
        }
        assertThat(withoutOld.decryptString(stored(BALANCES).get("1007"), BALANCES.location("1007")))
                .isEqualTo("12352");
    }

    @Test
    void a_second_run_changes_nothing() throws SQLException {
        KeyRotation rotation = postgres.keyRotation(afterPromotion);
        rotation.reEncrypt(NOTES, 10, p -> { });
        Map<String, byte[]> afterFirst = stored(NOTES);

        KeyRotation.RotationReport second = rotation.reEncrypt(NOTES, 10, p -> { });

        assertThat(second.reEncrypted()).isZero();
        assertThat(second.alreadyCurrent()).isEqualTo(ROWS);
        assertThat(stored(NOTES)).usingRecursiveComparison().isEqualTo(afterFirst);
    }

    @Test
    void an_interrupted_run_is_resumed_by_running_again() {
        KeyRotation rotation = postgres.keyRotation(afterPromotion);
        assertThatThrownBy(() -> rotation.reEncrypt(NOTES, 10, p -> {
            throw new IllegalStateException("operator pressed Ctrl-C after batch " + p.batches());
        })).hasMessageContaining("after batch 1");
        assertThat(rotation.census(List.of(NOTES)).get(0).count(newKey)).as("the first batch was committed")
                .isEqualTo(10);

        KeyRotation.RotationReport resumed = rotation.reEncrypt(NOTES, 10, p -> { });

        assertThat(resumed.alreadyCurrent()).isEqualTo(10);
        assertThat(resumed.reEncrypted()).isEqualTo(ROWS - 10);
        assertThat(rotation.census(List.of(NOTES)).get(0).count(oldKey)).isZero();
    }

    @Test
    void rows_that_cannot_be_decrypted_are_reported_by_id_and_the_rest_still_rotate() throws SQLException {
        Map<String, byte[]> before = stored(NOTES);
        List<String> ids = new ArrayList<>(before.keySet());
        // a ciphertext copied from another row, one altered in its last byte, one under a key nobody holds
        byte[] moved = before.get(ids.get(1));
        byte[] altered = before.get(ids.get(2)).clone();
        altered[altered.length - 1] ^= 1;
        byte[] foreign = TinkFieldEncryptionAdapter.create(FieldKeyset.generate())
                .encryptString("x", NOTES.location(ids.get(3)));
        update(ids.get(0), moved);
        update(ids.get(2), altered);
        update(ids.get(3), foreign);

        KeyRotation.RotationReport report = postgres.keyRotation(afterPromotion).reEncrypt(NOTES, 7, p -> { });

        assertThat(report.failed()).isEqualTo(3);
        assertThat(report.failedRowIds()).containsExactly(ids.get(0), ids.get(2), ids.get(3));
        assertThat(report.complete()).isFalse();
        assertThat(report.reEncrypted()).isEqualTo(ROWS - 3);
        assertThat(report.toString()).contains(ids.get(0)).doesNotContain("creditor note");
        assertThat(stored(NOTES).get(ids.get(2))).as("a failed row is left exactly as it was").isEqualTo(altered);
    }

    @Test
    void batch_sizes_out_of_range_are_refused() {
        KeyRotation rotation = postgres.keyRotation(afterPromotion);
        assertThatThrownBy(() -> rotation.reEncrypt(NOTES, 0, p -> { })).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rotation.reEncrypt(NOTES, KeyRotation.MAX_BATCH_SIZE + 1, p -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Map<String, byte[]> stored(EncryptedColumn column) throws SQLException {
        Map<String, byte[]> rows = new LinkedHashMap<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + column.idColumn() + "::text, " + column.ciphertextColumn()
                     + " FROM " + column.table() + " WHERE " + column.ciphertextColumn() + " IS NOT NULL ORDER BY "
                     + column.idColumn())) {
            while (rs.next()) {
                rows.put(rs.getString(1), rs.getBytes(2));
            }
        }
        return rows;
    }

    private static void update(String id, byte[] ciphertext) throws SQLException {
        try (Connection c = db.connect();
             PreparedStatement p = c.prepareStatement("UPDATE sample_note SET body = ? WHERE id = ?::uuid")) {
            p.setBytes(1, ciphertext);
            p.setString(2, id);
            p.executeUpdate();
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
