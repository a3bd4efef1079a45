package dev.hearth.bootstrap.cli;

import dev.hearth.bootstrap.HearthApi;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code hearth openapi}: print the OpenAPI document; touches no database. */
@Command(name = "openapi", mixinStandardHelpOptions = true,
        description = {"Print the OpenAPI 3 document (JSON) to standard output and exit. Starts nothing.",
                "Regenerate the committed copy with: java -jar bootstrap/target/hearth.jar openapi > docs/openapi.json"})
public final class OpenApiCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(HearthApi.openApiJson());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
