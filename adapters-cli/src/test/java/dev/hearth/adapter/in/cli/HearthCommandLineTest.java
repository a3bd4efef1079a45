package dev.hearth.adapter.in.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.application.port.in.audit.AuditChainReport;
import dev.hearth.application.port.in.audit.VerifyAuditChainQuery;
import dev.hearth.application.port.in.audit.VerifyAuditChainUseCase;
import dev.hearth.application.port.in.crypto.CountFieldKeysUseCase;
import dev.hearth.application.port.in.crypto.FieldKeyRotation;
import dev.hearth.application.port.in.crypto.RotateFieldKeysCommand;
import dev.hearth.application.port.in.crypto.RotateFieldKeysUseCase;
import dev.hearth.application.port.in.debt.PlanDebtRepaymentsUseCase;
import dev.hearth.application.port.in.estimate.EstimateUniversalCreditUseCase;
import dev.hearth.application.port.in.rent.AssessRentRiskUseCase;
import dev.hearth.application.port.model.FieldReEncryptionProgress;
import dev.hearth.application.port.model.FieldReEncryptionReport;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The command line alone, over use cases that answer fixed results: what each command passes to its use case and how
 * it prints the answer. The same commands against real PostgreSQL, wired as the executable wires them, are tested in
 * bootstrap ({@code AuditVerifyCommandTest}, {@code KeysCommandTest}).
 */
class HearthCommandLineTest {

    private final List<Object> calls = new ArrayList<>();
    private boolean closed;

    private record Run(int exitCode, String out, String err) {
    }

    private Run run(CommandLineBackend backend, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = HearthCommandLine.execute(backend, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    private <T> UseCaseSession<T> session(T useCase) {
        return new UseCaseSession<>() {
            @Override
            public T useCase() {
                return useCase;
            }

            @Override
            public void close() {
                closed = true;
            }
        };
    }

    @Test
    void audit_verify_asks_the_use_case_as_the_system_actor_with_the_anchor_and_prints_a_break() {
        UUID eventId = UUID.fromString("0190f3a2-0000-7000-8000-000000000001");
        VerifyAuditChainUseCase verify = query -> {
            calls.add(query);
            return new AuditChainReport(733, Optional.empty(), Optional.of(new AuditChainReport.Break(734,
                    Optional.of(eventId), "hash_mismatch", "the contents of event 734 no longer match its hash")));
        };
        String anchor = "700:" + "ab".repeat(32);

        Run run = run(new Backend() {
            @Override
            public UseCaseSession<VerifyAuditChainUseCase> openAuditChainVerification() {
                return session(verify);
            }
        }, "audit", "verify", "--anchor", anchor);

        assertThat(run.exitCode()).isEqualTo(HearthCommandLine.EXIT_FAILURE);
        assertThat(run.out()).isEqualTo("audit chain BROKEN at event 734 (event id " + eventId + "): hash_mismatch\n"
                + "the contents of event 734 no longer match its hash\n"
                + "733 events verified before the break\n");
        VerifyAuditChainQuery query = (VerifyAuditChainQuery) calls.get(0);
        assertThat(query.context().actorId()).isEqualTo("system:audit-verify");
        assertThat(query.context().correlationId()).startsWith("audit-verify:");
        assertThat(query.anchor()).contains(anchor);
        assertThat(closed).as("the session (the database pool) is closed").isTrue();
    }

    @Test
    void keys_rotate_passes_the_batch_size_as_the_system_actor_and_prints_progress_reports_and_the_event() {
        RotateFieldKeysUseCase rotate = command -> {
            calls.add(command);
            command.listener().started(1, 7);
            command.listener().batchCommitted(new FieldReEncryptionProgress("note.body", 1, 3, 3, "3"));
            return new FieldKeyRotation(7, List.of(new FieldReEncryptionReport("note.body", 3, 3, 0, 0, 0,
                    List.of())), Optional.of(12L), Optional.empty());
        };

        Run run = run(new Backend() {
            @Override
            public UseCaseSession<RotateFieldKeysUseCase> openFieldKeyRotation() {
                return session(rotate);
            }
        }, "keys", "rotate", "--batch-size", "3");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("re-encrypting 1 column(s) under primary key 7, batches of 3\n"
                + "note.body: batch 1, scanned 3, re-encrypted 3, up to row 3\n"
                + "note.body: scanned 3, re-encrypted 3, already current 0, changed meanwhile 0, failed 0\n"
                + "rotation complete: every value is under primary key 7\n"
                + "recorded in the audit trail as event 12\n");
        RotateFieldKeysCommand command = (RotateFieldKeysCommand) calls.get(0);
        assertThat(command.context().actorId()).isEqualTo("system:key-rotation");
        assertThat(command.batchSize()).isEqualTo(3);
    }

    @Test
    void a_rotation_the_audit_trail_could_not_record_exits_1_saying_so_on_standard_error() {
        RotateFieldKeysUseCase rotate = command -> new FieldKeyRotation(7, List.of(), Optional.empty(),
                Optional.of("(service_unavailable): the database is unavailable"));

        Run run = run(new Backend() {
            @Override
            public UseCaseSession<RotateFieldKeysUseCase> openFieldKeyRotation() {
                return session(rotate);
            }
        }, "keys", "rotate");

        assertThat(run.exitCode()).isEqualTo(HearthCommandLine.EXIT_FAILURE);
        assertThat(run.out()).endsWith("rotation complete: every value is under primary key 7\n");
        assertThat(run.err()).isEqualTo("hearth keys rotate: the run could not be recorded in the audit trail "
                + "(service_unavailable): the database is unavailable\n");
    }

    @Test
    void bad_configuration_from_the_backend_is_bad_usage_with_its_message() {
        Run run = run(new Backend() {
            @Override
            public UseCaseSession<VerifyAuditChainUseCase> openAuditChainVerification() {
                throw new UsageException("Hearth cannot start: 1 problem with its environment variables");
            }
        }, "audit", "verify");

        assertThat(run.exitCode()).isEqualTo(HearthCommandLine.EXIT_USAGE);
        assertThat(run.err()).isEqualTo("Hearth cannot start: 1 problem with its environment variables\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void a_batch_size_out_of_range_is_bad_usage_and_opens_nothing() {
        Run run = run(new Backend(), "keys", "rotate", "--batch-size", "0");

        assertThat(run.exitCode()).isEqualTo(HearthCommandLine.EXIT_USAGE);
        assertThat(run.err()).isEqualTo("hearth keys rotate: --batch-size must be from 1 to "
                + RotateFieldKeysCommand.MAX_BATCH_SIZE + " (was 0)\n");
    }

    @Test
    void serve_runs_one_instance_unless_told_how_many() {
        List<Integer> served = new java.util.ArrayList<>();
        Backend backend = new Backend() {
            @Override
            public void serve(int instances) {
                served.add(instances);
            }
        };

        assertThat(run(backend, "serve").exitCode()).isZero();
        assertThat(run(backend, "serve", "--instances", "2").exitCode()).isZero();

        assertThat(served).containsExactly(1, 2);
    }

    @Test
    void serve_refuses_an_instance_count_out_of_range_as_bad_usage_and_starts_nothing() {
        for (String count : List.of("0", "5", "-1")) {
            Run run = run(new Backend(), "serve", "--instances", count);

            assertThat(run.exitCode()).isEqualTo(HearthCommandLine.EXIT_USAGE);
            assertThat(run.err()).contains("--instances must be 1 to 4, not " + count);
        }
    }

    /** A backend that offers nothing: each test overrides what its command needs. */
    private static class Backend implements CommandLineBackend {
        @Override
        public String[] version() {
            return new String[] {"hearth test"};
        }

        @Override
        public JsonDocumentCodec json() {
            throw new AssertionError("not used");
        }

        @Override
        public EstimateUniversalCreditUseCase estimateUniversalCredit() {
            throw new AssertionError("not used");
        }

        @Override
        public dev.hearth.application.port.in.estimate.DrawEarningsCurveUseCase drawEarningsCurve() {
            throw new AssertionError("not used");
        }

        @Override
        public dev.hearth.application.port.in.estimate.CompareCircumstancesUseCase compareCircumstances() {
            throw new AssertionError("not used");
        }

        @Override
        public PlanDebtRepaymentsUseCase planDebtRepayments() {
            throw new AssertionError("not used");
        }

        @Override
        public AssessRentRiskUseCase assessRentRisk() {
            throw new AssertionError("not used");
        }

        @Override
        public UseCaseSession<VerifyAuditChainUseCase> openAuditChainVerification() {
            throw new AssertionError("not used");
        }

        @Override
        public UseCaseSession<RotateFieldKeysUseCase> openFieldKeyRotation() {
            throw new AssertionError("not used");
        }

        @Override
        public UseCaseSession<CountFieldKeysUseCase> openFieldKeyCensus() {
            throw new AssertionError("not used");
        }

        @Override
        public FieldKeysets fieldKeysets() {
            throw new AssertionError("not used");
        }

        @Override
        public void serve(int instances) {
            throw new AssertionError("not used");
        }

        @Override
        public String migrate() {
            throw new AssertionError("not used");
        }

        @Override
        public String openApiJson() {
            throw new AssertionError("not used");
        }
    }
}
