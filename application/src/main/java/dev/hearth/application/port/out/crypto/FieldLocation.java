package dev.hearth.application.port.out.crypto;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Where an encrypted value lives: table, column and row. It is bound into the ciphertext as associated data, so a
 * ciphertext copied to another row, column or table no longer decrypts: nobody with write access to the database can
 * swap one household's balance for another's without it being noticed.
 *
 * <p>Use the same names the schema uses ({@code table} as written in the migration, unqualified unless the table lives
 * outside the default schema) and the row's primary key as text ({@link UUID#toString()} or a decimal number); key
 * rotation rebuilds the location from exactly these, so a different spelling would make the value unreadable to it.
 *
 * @param table  table name, e.g. {@code household_income} or {@code audit.something}: lower-case, digits, underscores,
 *               at most one dot
 * @param column column name, lower-case snake_case
 * @param rowId  the row's primary key as text, 1 to 128 of {@code A-Z a-z 0-9 . _ : -}
 */
public record FieldLocation(String table, String column, String rowId) {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final Pattern TABLE = Pattern.compile("([a-z_][a-z0-9_]{0,62}\\.)?[a-z_][a-z0-9_]{0,62}");
    private static final Pattern ROW_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");
    private static final String VERSION = "hearth.field.v1";

    public FieldLocation {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(rowId, "rowId");
        if (!TABLE.matcher(table).matches()) {
            throw new IllegalArgumentException("table must be a lower-case SQL name, optionally schema-qualified");
        }
        if (!IDENTIFIER.matcher(column).matches()) {
            throw new IllegalArgumentException("column must be a lower-case SQL name");
        }
        if (!ROW_ID.matcher(rowId).matches()) {
            throw new IllegalArgumentException("rowId must be 1-128 of A-Z a-z 0-9 . _ : -");
        }
    }

    /** A row keyed by a UUID. */
    public static FieldLocation of(String table, String column, UUID rowId) {
        return new FieldLocation(table, column, Objects.requireNonNull(rowId, "rowId").toString());
    }

    /** A row keyed by a number. */
    public static FieldLocation of(String table, String column, long rowId) {
        return new FieldLocation(table, column, Long.toString(rowId));
    }

    /**
     * The associated data bound into the ciphertext: the string {@code hearth.field.v1}, then table, column and row
     * id, each as a 4-byte big-endian UTF-8 length followed by the UTF-8 bytes (so no two locations share an
     * encoding).
     */
    public byte[] associatedData() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64);
        for (String part : new String[] {VERSION, table, column, rowId}) {
            byte[] utf8 = part.getBytes(StandardCharsets.UTF_8);
            out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(utf8.length).array());
            out.writeBytes(utf8);
        }
        return out.toByteArray();
    }

    @Override
    public String toString() {
        return table + "." + column + "[" + rowId + "]";
    }
}
