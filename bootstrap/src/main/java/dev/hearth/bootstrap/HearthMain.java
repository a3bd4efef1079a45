package dev.hearth.bootstrap;

import dev.hearth.adapter.in.cli.HearthCommandLine;
import java.io.PrintWriter;
import java.util.Map;

/**
 * The {@code hearth} executable: hands the command line (module adapters-cli, {@link HearthCommandLine}) what this
 * composition root wires from the environment ({@link CommandLineWiring}). The subcommands, their options and exit
 * codes live in adapters-cli (ADR 0023).
 *
 * <p>Exit codes: 0 success, 1 failure while running (logged), 2 bad usage or bad configuration (explained on standard
 * error). Logs go to standard error, so commands that print JSON ({@code openapi}) keep standard output clean.
 */
public final class HearthMain {

    /** Exit code for a failure while running. */
    public static final int EXIT_FAILURE = HearthCommandLine.EXIT_FAILURE;
    /** Exit code for bad usage or configuration. */
    public static final int EXIT_USAGE = HearthCommandLine.EXIT_USAGE;

    private HearthMain() {
    }

    /** Runs the executable with the process environment and exits with its code. */
    public static void main(String[] args) {
        System.exit(execute(System.getenv(), new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                args));
    }

    /** Runs a command line with the given environment and streams; returns the exit code. */
    public static int execute(Map<String, String> environment, PrintWriter out, PrintWriter err, String... args) {
        return HearthCommandLine.execute(new CommandLineWiring(environment), out, err, args);
    }
}
