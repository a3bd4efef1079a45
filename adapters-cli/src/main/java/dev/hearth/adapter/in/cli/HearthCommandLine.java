package dev.hearth.adapter.in.cli;

import java.io.PrintWriter;
import java.util.Objects;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code hearth} command line, the adapter's one public entry. Each subcommand is a class in this package, listed
 * in {@code subcommands} below; it reaches what bootstrap wired through {@link #backend(CommandSpec)} and returns its
 * exit code. To add one, write the class, add it to the list, and document it in docs/guides/command-line.md.
 *
 * <p>Exit codes: 0 success, {@value #EXIT_FAILURE} failure while running (logged), {@value #EXIT_USAGE} bad usage or
 * bad configuration (explained on standard error). Logs go to standard error, so commands that print JSON keep
 * standard output clean.
 */
@Command(name = "hearth",
        mixinStandardHelpOptions = true,
        description = "Hearth: household-finance backend (Universal Credit, debts, rent risk).",
        subcommands = {ServeCommand.class, MigrateCommand.class, OpenApiCommand.class, EstimateCommand.class,
                PlanCommand.class, AssessCommand.class, AuditCommand.class, KeysCommand.class,
                CommandLine.HelpCommand.class})
public final class HearthCommandLine implements Runnable {

    /** Exit code for a failure while running. */
    public static final int EXIT_FAILURE = 1;
    /** Exit code for bad usage or configuration. */
    public static final int EXIT_USAGE = 2;

    private final CommandLineBackend backend;

    @Spec
    private CommandSpec spec;

    private HearthCommandLine(CommandLineBackend backend) {
        this.backend = Objects.requireNonNull(backend, "backend");
    }

    /** Runs a command line against {@code backend}, printing to the given streams; returns the exit code. */
    public static int execute(CommandLineBackend backend, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new HearthCommandLine(backend));
        cli.getCommandSpec().versionProvider(backend::version);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof UsageException usage) {
                commandLine.getErr().println(usage.getMessage());
                commandLine.getErr().flush();
                return EXIT_USAGE;
            }
            LoggerFactory.getLogger(HearthCommandLine.class).error("hearth {} failed", commandLine.getCommandName(),
                    e);
            commandLine.getErr().println("hearth " + commandLine.getCommandName() + " failed: "
                    + e.getClass().getSimpleName() + " (details in the log above)");
            commandLine.getErr().flush();
            return EXIT_FAILURE;
        });
        return cli.execute(args);
    }

    /** What bootstrap wired, for any (sub)command. */
    static CommandLineBackend backend(CommandSpec spec) {
        return ((HearthCommandLine) spec.root().userObject()).backend;
    }

    /** {@code hearth} alone prints its usage. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
