package dev.hearth.adapter.out.postgres.crypto;

import dev.hearth.application.port.out.crypto.FieldLocation;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A column that holds ciphertexts made by {@link TinkFieldEncryptionAdapter}, and how to find its rows: what key
 * rotation walks. The values in it must have been encrypted with
 * {@code FieldLocation(table, ciphertextColumn, <id column as text>)}.
 *
 * @param table            the table as written in the migration, optionally schema-qualified
 * @param idColumn         its primary key column (any type whose text form is the row id of the
 *                         {@link FieldLocation}: {@code uuid}, {@code bigint}, ...)
 * @param ciphertextColumn a {@code bytea} column of ciphertexts (NULL allowed: nothing to rotate)
 */
public record EncryptedColumn(String table, String idColumn, String ciphertextColumn) {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final Pattern TABLE = Pattern.compile("([a-z_][a-z0-9_]{0,62}\\.)?[a-z_][a-z0-9_]{0,62}");

    public EncryptedColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(idColumn, "idColumn");
        Objects.requireNonNull(ciphertextColumn, "ciphertextColumn");
        if (!TABLE.matcher(table).matches() || !IDENTIFIER.matcher(idColumn).matches()
                || !IDENTIFIER.matcher(ciphertextColumn).matches()) {
            throw new IllegalArgumentException("encrypted columns are named with lower-case SQL identifiers");
        }
    }

    /** Where the value of row {@code rowId} lives: the associated data it was encrypted with. */
    public FieldLocation location(String rowId) {
        return new FieldLocation(table, ciphertextColumn, rowId);
    }

    /** The table name quoted for SQL (validated above, so quoting is only belt and braces). */
    String quotedTable() {
        int dot = table.indexOf('.');
        return dot < 0 ? quote(table) : quote(table.substring(0, dot)) + "." + quote(table.substring(dot + 1));
    }

    static String quote(String identifier) {
        return "\"" + identifier + "\"";
    }

    @Override
    public String toString() {
        return table + "." + ciphertextColumn;
    }
}
