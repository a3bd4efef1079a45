package dev.hearth.application.service.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import dev.hearth.application.port.in.crypto.FieldKeyCensus;
import dev.hearth.application.port.in.crypto.FieldKeyRotation;
import dev.hearth.application.port.in.crypto.RotateFieldKeysCommand;
import dev.hearth.application.port.model.CallContext;
import dev.hearth.application.port.model.FieldKey;
import dev.hearth.application.port.model.FieldKeyCount;
import dev.hearth.application.port.model.FieldKeyRotationListener;
import dev.hearth.application.port.model.FieldReEncryptionProgress;
import dev.hearth.application.port.model.FieldReEncryptionReport;
import dev.hearth.application.port.out.audit.AppendAuditEventPort;
import dev.hearth.application.port.out.audit.AuditEvent;
import dev.hearth.application.port.out.audit.InMemoryAuditLog;
import dev.hearth.application.port.out.crypto.CountFieldKeysPort;
import dev.hearth.application.port.out.crypto.ReEncryptFieldsPort;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Key rotation as a use case: the columns are walked in order, the listener hears every batch, and the run is recorded
 * as {@code keys.rotated} with its totals. The real re-encryption against PostgreSQL is proven end to end in
 * bootstrap's {@code KeysCommandTest}; here the columns are two fixed reports.
 */
class FieldKeysServiceTest {

    private static final Instant NOW = Instant.parse("2026-05-14T09:00:00Z");
    private static final int PRIMARY = -5;   // printed unsigned: 4294967291

    private static final FieldReEncryptionReport NOTES =
            new FieldReEncryptionReport("note.body", 7, 5, 2, 0, 0, List.of());
    private static final FieldReEncryptionReport DEBTS =
            new FieldReEncryptionReport("debt.facts", 3, 1, 0, 1, 1, List.of("42"));

    private final InMemoryAuditLog log = new InMemoryAuditLog();
    private final List<String> heard = new ArrayList<>();

    private final ReEncryptFieldsPort columns = new ReEncryptFieldsPort() {
        @Override
        public int primaryKeyId() {
            return PRIMARY;
        }

        @Override
        public List<String> columns() {
            return List.of("note.body", "debt.facts");
        }

        @Override
        public FieldReEncryptionReport reEncrypt(String column, int batchSize,
                                                 Consumer<FieldReEncryptionProgress> progress) {
            progress.accept(new FieldReEncryptionProgress(column, 1, batchSize, batchSize, "1"));
            return column.equals("note.body") ? NOTES : DEBTS;
        }
    };

    private final CountFieldKeysPort census = new CountFieldKeysPort() {
        @Override
        public List<FieldKey> keys() {
            return List.of(new FieldKey(1, false, false), new FieldKey(PRIMARY, true, true));
        }

        @Override
        public List<FieldKeyCount> count() {
            return List.of(new FieldKeyCount("note.body", Map.of(1, 2L, PRIMARY, 5L, 99, 1L), 3));
        }
    };

    private final FieldKeyRotationListener listener = new FieldKeyRotationListener() {
        @Override
        public void started(int columnCount, int primaryKeyId) {
            heard.add("started " + columnCount + " under " + Integer.toUnsignedString(primaryKeyId));
        }

        @Override
        public void batchCommitted(FieldReEncryptionProgress progress) {
            heard.add(progress.column() + " batch " + progress.batches());
        }
    };

    private FieldKeysService service(AppendAuditEventPort audit) {
        return new FieldKeysService(columns, census, audit, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private RotateFieldKeysCommand command() {
        return new RotateFieldKeysCommand(CallContext.system("key-rotation", "run-1"), 50, listener);
    }

    @Test
    void a_rotation_walks_every_column_and_is_recorded_as_keys_rotated_with_its_totals() {
        FieldKeyRotation rotation = service(log).rotate(command());

        assertThat(heard).containsExactly("started 2 under 4294967291", "note.body batch 1", "debt.facts batch 1");
        assertThat(rotation.reports()).containsExactly(NOTES, DEBTS);
        assertThat(rotation.complete()).isFalse();
        assertThat(rotation.failed()).isEqualTo(1);
        assertThat(rotation.changedMeanwhile()).isEqualTo(1);
        assertThat(rotation.recordedAs()).contains(1L);
        assertThat(rotation.notRecorded()).isEmpty();
        AuditEvent event = log.events().get(0);
        assertThat(event.actorId()).isEqualTo("system:key-rotation");
        assertThat(event.correlationId()).isEqualTo("key-rotation:run-1");
        assertThat(event.action()).isEqualTo("keys.rotated");
        assertThat(event.targetType()).isEqualTo("field_keyset");
        assertThat(event.targetId()).isEqualTo("4294967291");
        assertThat(event.occurredAt()).isEqualTo(NOW);
        assertThat(event.details()).containsEntry("columns", "2").containsEntry("batch_size", "50")
                .containsEntry("complete", "false").containsEntry("scanned", "10").containsEntry("re_encrypted", "6")
                .containsEntry("already_current", "2").containsEntry("changed_meanwhile", "1")
                .containsEntry("failed", "1");
    }

    @Test
    void a_run_the_audit_trail_refuses_still_reports_what_was_re_encrypted_and_why_it_is_unrecorded() {
        AppendAuditEventPort refusing = event -> {
            throw new ApplicationException(ErrorCode.SERVICE_UNAVAILABLE, "the database is unavailable");
        };

        FieldKeyRotation rotation = service(refusing).rotate(command());

        assertThat(rotation.reports()).containsExactly(NOTES, DEBTS);
        assertThat(rotation.recordedAs()).isEmpty();
        assertThat(rotation.notRecorded()).hasValueSatisfying(why -> assertThat(why)
                .contains("service_unavailable").contains("the database is unavailable"));
    }

    @Test
    void a_batch_size_out_of_range_is_refused_before_anything_runs() {
        assertThatThrownBy(() -> new RotateFieldKeysCommand(CallContext.system("key-rotation", "run-1"),
                RotateFieldKeysCommand.MAX_BATCH_SIZE + 1, listener))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("batch size must be from 1 to");
        assertThat(heard).isEmpty();
    }

    @Test
    void the_census_counts_unreadable_values_under_disabled_unknown_or_no_key_and_everything_not_primary() {
        FieldKeyCensus counted = service(log).count();

        assertThat(counted.primaryKeyId()).isEqualTo(PRIMARY);
        assertThat(counted.unreadable()).as("2 under disabled key 1, 1 under unknown 99, 3 without key id")
                .isEqualTo(6);
        assertThat(counted.notUnderPrimary()).isEqualTo(6);
        assertThat(counted.unknownKeys(counted.columns().get(0))).containsExactly(Map.entry(99, 1L));
        assertThat(log.events()).as("a census reads only").isEmpty();
    }
}
