package dev.hearth.bootstrap.cli;

import dev.hearth.adapter.out.postgres.PostgresAdapters;
import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.port.out.audit.AuditChainAnchor;
import dev.hearth.application.port.out.audit.AuditChainBreak;
import dev.hearth.application.port.out.audit.AuditChainVerification;
import dev.hearth.application.port.out.audit.VerifyAuditChainPort;
import dev.hearth.bootstrap.HearthMain;
import dev.hearth.bootstrap.config.ConfigLoader;
import dev.hearth.bootstrap.config.HearthConfig;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hearth audit ...}: operations on the tamper-evident audit trail (runbook: docs/runbooks/audit-verify.md). */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Operations on the tamper-evident audit trail (docs/runbooks/audit-verify.md).",
        subcommands = AuditCommand.Verify.class)
public final class AuditCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * {@code hearth audit verify [--anchor seq:hash]}: walks the whole chain and prints the verdict. Exit 0 intact,
     * 1 broken (or the database could not be read: not a verdict, said on standard error), 2 bad usage or
     * configuration.
     */
    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Walk the audit chain from the first event to the last, recompute every hash and check "
                    + "every link; print the events verified and the head as an anchor to keep, or the first break.",
                    "Uses the same database configuration as serve (DATABASE_URL, or the embedded development "
                            + "database) and reads one consistent snapshot as hearth_app, so it is safe on a live "
                            + "system.",
                    "Exit codes: 0 intact, 1 broken (or the database could not be read), 2 bad usage or "
                            + "configuration."})
    static final class Verify implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Option(names = "--anchor", paramLabel = "SEQ:HASH",
                description = "A head printed by an earlier run (e.g. 1042:9f86...): also prove the chain still "
                        + "holds it, which reveals events cut off the end or a history rewritten with fresh hashes.")
        private String anchor;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            AuditChainAnchor parsedAnchor = null;
            if (anchor != null) {
                try {
                    parsedAnchor = AuditChainAnchor.parse(anchor);
                } catch (IllegalArgumentException e) {
                    err.println("hearth audit verify: --anchor: " + e.getMessage()
                            + " (as printed after 'head (keep this anchor):')");
                    err.flush();
                    return HearthMain.EXIT_USAGE;
                }
            }
            HearthConfig config = ConfigLoader.load(HearthMain.of(spec).environment());
            try (PostgresAdapters postgres = PostgresAdapters.start(config.postgres())) {
                AuditChainVerification result = verify(postgres.auditLog(), parsedAnchor);
                print(result, out);
                return result.intact() ? 0 : HearthMain.EXIT_FAILURE;
            } catch (ApplicationException e) {
                err.println("audit chain NOT VERIFIED: the database could not be read ("
                        + e.errorCode().code() + "): " + e.getMessage());
                err.println("This is not a verdict on the chain; check the database and the migrations "
                        + "(hearth migrate), then run again.");
                err.flush();
                return HearthMain.EXIT_FAILURE;
            }
        }

        private static AuditChainVerification verify(VerifyAuditChainPort port, AuditChainAnchor anchor) {
            return anchor == null ? port.verify() : port.verify(anchor);
        }
    }

    /** Prints a verification as docs/runbooks/audit-verify.md shows it. */
    static void print(AuditChainVerification result, PrintWriter out) {
        if (result.intact()) {
            out.println("audit chain intact: " + result.eventsChecked() + " events verified");
            result.head().ifPresent(head -> out.println("head (keep this anchor): " + head));
        } else {
            AuditChainBreak at = result.firstBreak().orElseThrow();
            out.println("audit chain BROKEN at event " + at.sequence()
                    + at.storedEventId().map(id -> " (event id " + id + ")").orElse(" (no event stored there)")
                    + ": " + at.reason().code());
            out.println(at.detail());
            out.println(result.eventsChecked() + " events verified before the break");
        }
        out.flush();
    }
}
