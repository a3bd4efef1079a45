package dev.hearth.adapter.in.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code hearth migrate}: apply the database migrations, then exit. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = {"Apply the Flyway migrations to the database, then exit.",
                "Uses DATABASE_URL, or (dev profile, no DATABASE_URL) the embedded development PostgreSQL."})
final class MigrateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().println(HearthCommandLine.backend(spec).migrate());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
