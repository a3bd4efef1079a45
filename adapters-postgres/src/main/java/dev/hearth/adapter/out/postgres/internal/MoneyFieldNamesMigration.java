package dev.hearth.adapter.out.postgres.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hearth.adapter.out.postgres.crypto.EncryptedColumn;
import dev.hearth.adapter.out.postgres.crypto.EncryptedColumns;
import dev.hearth.application.port.out.crypto.FieldEncryptionPort;
import dev.hearth.application.port.out.crypto.UndecryptableFieldException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.CRC32;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Migration V60 (ADR 0025): every money field of the v1 wire ends in {@code Pence}, so the stored documents that are
 * those records' JSON (ADR 0016) are re-encoded: each household's facts, each saved estimate's inputs and result.
 * Debts' facts already used the convention and are left alone.
 *
 * <p>The renaming is frozen here, not derived from today's records, so the migration means the same thing whenever it
 * runs. Every name in {@link #RENAMED} was a money field wherever it appeared in a v1 document (checked against the
 * OpenAPI document of the release before the change), so an object key is renamed wherever it occurs; map keys in
 * these documents are enum names (LHA categories), never one of these names.
 *
 * <p>Per row: decrypt under the keyset (any enabled key), rename, encrypt again bound to the same location, write.
 * Saved estimates are otherwise never changed (trigger {@code saved_estimate_is_never_changed}, V20); this migration
 * is the one reviewed exception, so it turns that trigger off for its own transaction and back on before it commits.
 * The household's version (its ETag) is kept: the facts did not change, only their spelling. Everything runs in
 * Flyway's single transaction: a value that cannot be decrypted (a key missing from the keyset) fails the migration
 * with its row id (never the value), and nothing is half-written. Row-level security applies to the migration's
 * login too (FORCE), so the transaction opens every household ({@link HouseholdScope#SCOPE}).
 */
public final class MoneyFieldNamesMigration implements JavaMigration {

    /** Old name to new name; the whole contract of this migration. */
    static final Map<String, String> RENAMED = renamed(
            "amount", "amountBeforeContributions", "applied", "award", "awardBeforeCap", "capRent", "capital",
            "coreRent", "costsPaid", "earnedIncome", "earningsReduction", "earningsThreshold", "maximumAmount",
            "monthlyAmount", "monthlyChargesNotCovered", "monthlyRates", "monthlyRent", "monthlyServiceCharges",
            "netEarnings", "payment", "reduction", "relevantAmount", "requested", "tariffIncome", "totalContributions",
            "totalDeductions", "totalIncomeDeduction", "totalWelfareBenefits", "underOccupancyDeduction",
            "unearnedIncome", "workAllowance");

    /** The columns re-encoded, in order. */
    static final List<EncryptedColumn> COLUMNS = List.of(EncryptedColumns.HOUSEHOLD_CIRCUMSTANCES,
            EncryptedColumns.SAVED_ESTIMATE_INPUTS, EncryptedColumns.SAVED_ESTIMATE_RESULT);

    private static final Logger LOG = LoggerFactory.getLogger(MoneyFieldNamesMigration.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_LISTED_ROWS = 20;

    private final FieldEncryptionPort encryption;

    public MoneyFieldNamesMigration(FieldEncryptionPort encryption) {
        this.encryption = Objects.requireNonNull(encryption, "encryption");
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("60");
    }

    @Override
    public String getDescription() {
        return "money fields end in Pence";
    }

    /** Fixed by the renaming: editing {@link #RENAMED} after release makes Flyway's validation fail. */
    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        crc.update(RENAMED.toString().getBytes(StandardCharsets.UTF_8));
        return (int) crc.getValue();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT set_config('" + HouseholdScope.SCOPE + "', '" + HouseholdScope.ALL + "', true)");
            statement.execute("ALTER TABLE saved_estimate DISABLE TRIGGER saved_estimate_is_never_changed");
        }
        for (EncryptedColumn column : COLUMNS) {
            int changed = reEncode(connection, column);
            LOG.info("Money field names: {} document(s) of {}.{} re-encoded", changed, column.table(),
                    column.ciphertextColumn());
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE saved_estimate ENABLE TRIGGER saved_estimate_is_never_changed");
        }
    }

    private int reEncode(Connection connection, EncryptedColumn column) throws SQLException, IOException {
        String id = column.idColumn();
        String value = column.ciphertextColumn();
        String table = column.table();
        List<String> undecryptable = new ArrayList<>();
        int changed = 0;
        try (PreparedStatement select = connection.prepareStatement("SELECT " + id + "::text AS row_id, " + value
                + " AS ciphertext FROM " + table + " WHERE " + value + " IS NOT NULL ORDER BY " + id);
             PreparedStatement update = connection.prepareStatement("UPDATE " + table + " SET " + value
                     + " = ? WHERE " + id + " = ?")) {
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String rowId = rows.getString("row_id");
                    byte[] plaintext;
                    try {
                        plaintext = encryption.decrypt(rows.getBytes("ciphertext"), column.location(rowId));
                    } catch (UndecryptableFieldException e) {
                        undecryptable.add(rowId);
                        continue;
                    }
                    byte[] renamed = rename(plaintext);
                    if (renamed == null) {
                        continue;
                    }
                    update.setBytes(1, encryption.encrypt(renamed, column.location(rowId)));
                    update.setObject(2, UUID.fromString(rowId));
                    update.executeUpdate();
                    changed++;
                }
            }
        }
        if (!undecryptable.isEmpty()) {
            throw new IllegalStateException(undecryptable.size() + " value(s) of " + column.table() + "."
                    + column.ciphertextColumn() + " cannot be decrypted "
                    + "with the configured field keyset, so they cannot be re-encoded (nothing was changed). Restore "
                    + "the key that encrypted them (docs/runbooks/key-rotation.md) and migrate again. Rows: "
                    + undecryptable.subList(0, Math.min(MAX_LISTED_ROWS, undecryptable.size())));
        }
        return changed;
    }

    /** The document with every renamed key spelt anew, or null when it has none of them (already current). */
    static byte[] rename(byte[] document) throws IOException {
        JsonNode tree = JSON.readTree(document);
        boolean[] changed = {false};
        JsonNode renamed = rename(tree, changed);
        return changed[0] ? JSON.writeValueAsBytes(renamed) : null;
    }

    private static JsonNode rename(JsonNode node, boolean[] changed) {
        if (node instanceof ObjectNode object) {
            ObjectNode copy = JSON.createObjectNode();
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                String name = RENAMED.getOrDefault(field.getKey(), field.getKey());
                changed[0] |= !name.equals(field.getKey());
                copy.set(name, rename(field.getValue(), changed));
            }
            return copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = JSON.createArrayNode();
            for (JsonNode item : array) {
                copy.add(rename(item, changed));
            }
            return copy;
        }
        return node;
    }

    private static Map<String, String> renamed(String... oldNames) {
        Map<String, String> names = new TreeMap<>();
        for (String old : oldNames) {
            names.put(old, old + "Pence");
        }
        return Collections.unmodifiableMap(names);
    }
}
