package dev.hearth.adapter.in.cli;

import dev.hearth.application.error.ApplicationException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * Runs one calculation offline: reads the same JSON the REST route takes, prints the same JSON it answers. Invalid
 * input prints the same problem document on standard error and exits 2. Starts no server, touches no database.
 *
 * @param <I> the engine's input record
 */
abstract class CalculationCommand<I> implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-i", "--input"}, required = true, paramLabel = "FILE",
            description = "The case as JSON (the REST route's request body); '-' reads standard input.")
    String input;

    private final Class<I> inputType;

    CalculationCommand(Class<I> inputType) {
        this.inputType = inputType;
    }

    /** Runs the use case on the parsed input. */
    abstract Object calculate(I request);

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        JsonDocumentCodec codec = HearthCommandLine.backend(spec).json();
        byte[] json;
        try {
            json = "-".equals(input) ? System.in.readAllBytes() : Files.readAllBytes(Path.of(input));
        } catch (NoSuchFileException e) {
            err.println("hearth " + spec.qualifiedName().replace("hearth ", "") + ": no such file: " + input);
            err.flush();
            return HearthCommandLine.EXIT_USAGE;
        }
        try {
            Object result = calculate(codec.read(json, inputType));
            out.print(codec.write(result));
            out.flush();
            return 0;
        } catch (ApplicationException e) {
            err.print(codec.problem(e, "cli-" + UUID.randomUUID()));
            err.flush();
            return HearthCommandLine.EXIT_USAGE;
        }
    }
}
