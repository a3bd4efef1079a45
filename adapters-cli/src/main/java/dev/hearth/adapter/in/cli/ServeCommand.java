package dev.hearth.adapter.in.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code hearth serve}: run the HTTP server until SIGTERM or Ctrl-C, then drain and stop. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run the HTTP server until stopped (SIGTERM or Ctrl-C), then drain requests in flight.",
                "With no DATABASE_URL (dev profile) it starts an embedded PostgreSQL keeping its data under "
                        + "HEARTH_DATA_DIR (default .hearth) and runs the migrations; with no REDIS_URL it uses "
                        + "in-process fallbacks. Configuration: environment variables, see docs/guides/configuration.md."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        HearthCommandLine.backend(spec).serve();
        return 0;
    }
}
