package dev.hearth.adapter.in.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code hearth serve}: run the HTTP server until SIGTERM or Ctrl-C, then drain and stop. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run the HTTP server until stopped (SIGTERM or Ctrl-C), then drain requests in flight.",
                "With no DATABASE_URL (dev profile) it starts an embedded PostgreSQL keeping its data under "
                        + "HEARTH_DATA_DIR (default .hearth) and runs the migrations; with no REDIS_URL it uses "
                        + "in-process fallbacks. Configuration: environment variables, see docs/guides/configuration.md."})
// the cap keeps a typo from starting dozens of servers; it is for trying several instances on one machine
final class ServeCommand implements Callable<Integer> {

    /** The most instances one command starts. */
    static final int MAX_INSTANCES = 4;

    @Spec
    private CommandSpec spec;

    @Option(names = "--instances", defaultValue = "1", paramLabel = "N",
            description = {"Run N identical instances (1-" + MAX_INSTANCES + ") on HEARTH_HTTP_PORT, +1, ..., sharing "
                    + "one database (the embedded one, or DATABASE_URL) and REDIS_URL: several instances behind a load "
                    + "balancer, on one machine. In production run one process per instance instead."})
    private int instances;

    @Override
    public Integer call() throws InterruptedException {
        if (instances < 1 || instances > MAX_INSTANCES) {
            throw new ParameterException(spec.commandLine(),
                    "--instances must be 1 to " + MAX_INSTANCES + ", not " + instances);
        }
        HearthCommandLine.backend(spec).serve(instances);
        return 0;
    }
}
