package dev.hearth.adapter.out.postgres.internal;

import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import dev.hearth.application.port.out.crypto.FieldEncryptionPort;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Runs the Flyway migrations in {@code classpath:db/migration} of this module, and the Java migrations that need the
 * field keyset to re-encode stored documents ({@link MoneyFieldNamesMigration}). {@code clean} is disabled: no command
 * of Hearth can wipe a schema. Each migration's first line names the decision record that justifies it (a test in
 * this module fails otherwise).
 */
public final class Migrator {

    /** Where the migrations live on the classpath. */
    public static final String LOCATION = "classpath:db/migration";

    private final Flyway flyway;

    /**
     * @param encryption the field encryption of the stored documents: migrations that re-encode encrypted documents
     *                   (V60, {@link MoneyFieldNamesMigration}) decrypt and encrypt them with it
     */
    public Migrator(DataSource dataSource, FieldEncryptionPort encryption) {
        this.flyway = Flyway.configure(Migrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .javaMigrations(new MoneyFieldNamesMigration(encryption))
                .validateMigrationNaming(true)
                .cleanDisabled(true)
                .load();
    }

    /** Applies pending migrations; returns how many ran and the resulting schema version. */
    public Result migrate() {
        try {
            MigrateResult result = flyway.migrate();
            String version = result.targetSchemaVersion != null ? result.targetSchemaVersion
                    : currentVersion();
            return new Result(result.migrationsExecuted, version == null ? "none" : version);
        } catch (FlywayException e) {
            ApplicationException translated = SqlFailures.translate(e);
            if (translated.errorCode() == ErrorCode.SERVICE_UNAVAILABLE) {
                throw translated;
            }
            throw new ApplicationException(ErrorCode.INTERNAL, "Database migration failed.", List.of(), e);
        } catch (RuntimeException e) {
            throw SqlFailures.translate(e);
        }
    }

    private String currentVersion() {
        var current = flyway.info().current();
        return current == null || current.getVersion() == null ? null : current.getVersion().getVersion();
    }

    /** What a migration run did. */
    public record Result(int executed, String schemaVersion) {
    }
}
