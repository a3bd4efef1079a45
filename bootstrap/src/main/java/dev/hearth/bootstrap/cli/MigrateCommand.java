package dev.hearth.bootstrap.cli;

import dev.hearth.adapter.out.postgres.MigrationResult;
import dev.hearth.adapter.out.postgres.PostgresAdapters;
import dev.hearth.adapter.out.postgres.crypto.TinkFieldEncryptionAdapter;
import dev.hearth.bootstrap.HearthMain;
import dev.hearth.bootstrap.config.ConfigLoader;
import dev.hearth.bootstrap.config.HearthConfig;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code hearth migrate}: apply the database migrations, then exit. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = {"Apply the Flyway migrations to the database, then exit.",
                "Uses DATABASE_URL, or (dev profile, no DATABASE_URL) the embedded development PostgreSQL, and the "
                        + "field keyset (HEARTH_FIELD_KEYSET) for migrations that re-encode encrypted documents."})
public final class MigrateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        HearthConfig config = ConfigLoader.load(HearthMain.of(spec).environment());
        try (PostgresAdapters postgres = PostgresAdapters.start(config.postgres())) {
            // documents re-encoded by a migration are decrypted and encrypted with the field keyset
            MigrationResult result = postgres.migrate(TinkFieldEncryptionAdapter.create(config.fieldKeyset().load()));
            spec.commandLine().getOut().printf("Migrated %s: %d migration(s) applied, schema version %s%n",
                    postgres.describe(), result.migrationsExecuted(), result.schemaVersion());
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
