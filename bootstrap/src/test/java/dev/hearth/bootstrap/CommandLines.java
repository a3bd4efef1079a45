package dev.hearth.bootstrap;

import dev.hearth.adapter.in.cli.HearthCommandLine;
import dev.hearth.adapter.out.postgres.crypto.EncryptedColumn;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The {@code hearth} command line wired as {@link HearthMain} wires it, but with a fixed clock and the encrypted
 * columns a test created, so key rotation can be run end to end over a table of the test's own.
 */
public final class CommandLines {

    private CommandLines() {
    }

    /** Runs {@code args}; returns the exit code. */
    public static int execute(Map<String, String> environment, Clock clock, List<EncryptedColumn> encryptedColumns,
                              PrintWriter out, PrintWriter err, String... args) {
        return HearthCommandLine.execute(new CommandLineWiring(environment, clock, encryptedColumns), out, err, args);
    }
}
