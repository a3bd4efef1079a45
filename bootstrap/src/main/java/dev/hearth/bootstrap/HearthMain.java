package dev.hearth.bootstrap;

import dev.hearth.bootstrap.cli.AssessCommand;
import dev.hearth.bootstrap.cli.AuditCommand;
import dev.hearth.bootstrap.cli.EstimateCommand;
import dev.hearth.bootstrap.cli.KeysCommand;
import dev.hearth.bootstrap.cli.MigrateCommand;
import dev.hearth.bootstrap.cli.OpenApiCommand;
import dev.hearth.bootstrap.cli.PlanCommand;
import dev.hearth.bootstrap.cli.ServeCommand;
import dev.hearth.bootstrap.config.ConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code hearth} executable. Each subcommand is a class in {@code dev.hearth.bootstrap.cli}, listed in
 * {@code subcommands} below; a subcommand reads the environment through {@link #of(CommandSpec)} (so tests can pass
 * their own) and returns its exit code. To add one (e.g. {@code worker}, or {@code estimate} with its own
 * {@code universal-credit} subcommand), write the class, add it to the list, and document it in README.md.
 *
 * <p>Exit codes: 0 success, 1 failure while running (logged), 2 bad usage or bad configuration (explained on standard
 * error). Logs go to standard error, so commands that print JSON ({@code openapi}) keep standard output clean.
 */
@Command(name = "hearth",
        mixinStandardHelpOptions = true,
        versionProvider = HearthMain.Version.class,
        description = "Hearth: household-finance backend (Universal Credit, debts, rent risk).",
        subcommands = {ServeCommand.class, MigrateCommand.class, OpenApiCommand.class, EstimateCommand.class,
                PlanCommand.class, AssessCommand.class, AuditCommand.class, KeysCommand.class,
                CommandLine.HelpCommand.class})
public final class HearthMain implements Runnable {

    /** Exit code for a failure while running. */
    public static final int EXIT_FAILURE = 1;
    /** Exit code for bad usage or configuration. */
    public static final int EXIT_USAGE = 2;

    private final Map<String, String> environment;

    @Spec
    private CommandSpec spec;

    public HearthMain(Map<String, String> environment) {
        this.environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
    }

    /** Runs the executable with the process environment and exits with its code. */
    public static void main(String[] args) {
        System.exit(execute(System.getenv(), new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                args));
    }

    /** Runs a command line with the given environment and streams; returns the exit code. */
    public static int execute(Map<String, String> environment, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new HearthMain(environment));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof ConfigException config) {
                commandLine.getErr().println(config.getMessage());
                commandLine.getErr().flush();
                return EXIT_USAGE;
            }
            LoggerFactory.getLogger(HearthMain.class).error("hearth {} failed", commandLine.getCommandName(), e);
            commandLine.getErr().println("hearth " + commandLine.getCommandName() + " failed: "
                    + e.getClass().getSimpleName() + " (details in the log above)");
            commandLine.getErr().flush();
            return EXIT_FAILURE;
        });
        return cli.execute(args);
    }

    /** The root command of any (sub)command, for its environment. */
    public static HearthMain of(CommandSpec spec) {
        return (HearthMain) spec.root().userObject();
    }

    /** The environment variables this run sees. */
    public Map<String, String> environment() {
        return environment;
    }

    /** {@code hearth} alone prints its usage. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The build's version, from {@code hearth-version.properties}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            return new String[] {"hearth " + HearthVersion.version() + " (commit " + HearthVersion.commit() + ", API "
                    + HearthApi.VERSION + ")",
                    "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
