package dev.hearth.adapter.in.cli;

import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.port.in.audit.AuditChainReport;
import dev.hearth.application.port.in.audit.VerifyAuditChainQuery;
import dev.hearth.application.port.in.audit.VerifyAuditChainUseCase;
import dev.hearth.application.port.model.CallContext;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hearth audit ...}: operations on the tamper-evident audit trail (runbook: docs/runbooks/audit-verify.md). */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Operations on the tamper-evident audit trail (docs/runbooks/audit-verify.md).",
        subcommands = AuditCommand.Verify.class)
final class AuditCommand implements Runnable {

    /** The command line verifies as actor {@code system:audit-verify} (see {@link CallContext#system}). */
    static final String ACTOR_JOB = "audit-verify";

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
                            + "system. Records the verification in the audit trail (audit.verified, actor "
                            + "system:audit-verify), as the API's verification does.",
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
            VerifyAuditChainQuery query;
            try {
                query = new VerifyAuditChainQuery(CallContext.system(ACTOR_JOB, UUID.randomUUID().toString()),
                        Optional.ofNullable(anchor));
            } catch (IllegalArgumentException e) {
                err.println("hearth audit verify: --anchor: " + e.getMessage()
                        + " (as printed after 'head (keep this anchor):')");
                err.flush();
                return HearthCommandLine.EXIT_USAGE;
            }
            try (UseCaseSession<VerifyAuditChainUseCase> verification =
                         HearthCommandLine.backend(spec).openAuditChainVerification()) {
                AuditChainReport result = verification.useCase().verify(query);
                print(result, out);
                return result.intact() ? 0 : HearthCommandLine.EXIT_FAILURE;
            } catch (ApplicationException e) {
                err.println("audit chain NOT VERIFIED: the database could not be read ("
                        + e.errorCode().code() + "): " + e.getMessage());
                err.println("This is not a verdict on the chain; check the database and the migrations "
                        + "(hearth migrate), then run again.");
                err.flush();
                return HearthCommandLine.EXIT_FAILURE;
            }
        }
    }

    /** Prints a verification as docs/runbooks/audit-verify.md shows it. */
    static void print(AuditChainReport result, PrintWriter out) {
        if (result.intact()) {
            out.println("audit chain intact: " + result.eventsChecked() + " events verified");
            result.head().ifPresent(head -> out.println("head (keep this anchor): " + head));
        } else {
            AuditChainReport.Break at = result.firstBreak().orElseThrow();
            out.println("audit chain BROKEN at event " + at.sequence()
                    + at.storedEventId().map(id -> " (event id " + id + ")").orElse(" (no event stored there)")
                    + ": " + at.reason());
            out.println(at.detail());
            out.println(result.eventsChecked() + " events verified before the break");
        }
        out.flush();
    }
}
