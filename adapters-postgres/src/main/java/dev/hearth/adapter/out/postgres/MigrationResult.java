package dev.hearth.adapter.out.postgres;

/**
 * What {@link PostgresAdapters#migrate(dev.hearth.application.port.out.crypto.FieldEncryptionPort)} did.
 *
 * @param migrationsExecuted how many migrations ran now (0 when the schema was already current)
 * @param schemaVersion      the schema version after migrating, e.g. {@code 1}, or {@code none} for an empty schema
 */
public record MigrationResult(int migrationsExecuted, String schemaVersion) {
}
