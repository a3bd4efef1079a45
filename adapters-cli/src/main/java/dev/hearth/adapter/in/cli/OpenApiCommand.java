package dev.hearth.adapter.in.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code hearth openapi}: print the OpenAPI document; touches no database. */
@Command(name = "openapi", mixinStandardHelpOptions = true,
        description = {"Print the OpenAPI 3 document (JSON) to standard output and exit. Starts nothing.",
                "Regenerate the committed copy with: java -jar bootstrap/target/hearth.jar openapi > docs/openapi.json"})
final class OpenApiCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(HearthCommandLine.backend(spec).openApiJson());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
