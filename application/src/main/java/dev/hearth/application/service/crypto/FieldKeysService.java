package dev.hearth.application.service.crypto;

import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.port.in.crypto.CountFieldKeysUseCase;
import dev.hearth.application.port.in.crypto.FieldKeyCensus;
import dev.hearth.application.port.in.crypto.FieldKeyRotation;
import dev.hearth.application.port.in.crypto.RotateFieldKeysCommand;
import dev.hearth.application.port.in.crypto.RotateFieldKeysUseCase;
import dev.hearth.application.port.model.FieldReEncryptionReport;
import dev.hearth.application.port.out.audit.AppendAuditEventPort;
import dev.hearth.application.port.out.audit.AuditEvent;
import dev.hearth.application.port.out.crypto.CountFieldKeysPort;
import dev.hearth.application.port.out.crypto.ReEncryptFieldsPort;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Key rotation as docs/runbooks/key-rotation.md runs it: re-encrypt every column under the primary key, then record
 * the run (who, which key, the totals) as a {@code keys.rotated} audit event; and the census that shows when an old
 * key protects nothing any more.
 */
public final class FieldKeysService implements RotateFieldKeysUseCase, CountFieldKeysUseCase {

    /** The action of the event a rotation appends. */
    public static final String ROTATED = "keys.rotated";

    private final ReEncryptFieldsPort reEncrypt;
    private final CountFieldKeysPort count;
    private final AppendAuditEventPort audit;
    private final Clock clock;

    public FieldKeysService(ReEncryptFieldsPort reEncrypt, CountFieldKeysPort count, AppendAuditEventPort audit,
                            Clock clock) {
        this.reEncrypt = Objects.requireNonNull(reEncrypt, "reEncrypt");
        this.count = Objects.requireNonNull(count, "count");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public FieldKeyRotation rotate(RotateFieldKeysCommand command) {
        int primary = reEncrypt.primaryKeyId();
        List<String> columns = reEncrypt.columns();
        command.listener().started(columns.size(), primary);
        List<FieldReEncryptionReport> reports = new ArrayList<>();
        for (String column : columns) {
            reports.add(reEncrypt.reEncrypt(column, command.batchSize(), command.listener()::batchCommitted));
        }
        Map<String, Long> totals = new LinkedHashMap<>();
        for (FieldReEncryptionReport report : reports) {
            totals.merge("scanned", report.scanned(), Long::sum);
            totals.merge("re_encrypted", report.reEncrypted(), Long::sum);
            totals.merge("already_current", report.alreadyCurrent(), Long::sum);
            totals.merge("changed_meanwhile", report.changedMeanwhile(), Long::sum);
            totals.merge("failed", report.failed(), Long::sum);
        }
        FieldKeyRotation done = new FieldKeyRotation(primary, reports, Optional.empty(), Optional.empty());
        AuditEvent event = AuditEvent.of(command.context().actorId(), ROTATED, "field_keyset",
                        Integer.toUnsignedString(primary), clock.instant(), command.context().correlationId())
                .withDetail("columns", Integer.toString(columns.size()))
                .withDetail("batch_size", Integer.toString(command.batchSize()))
                .withDetail("complete", Boolean.toString(done.complete()));
        for (Map.Entry<String, Long> total : totals.entrySet()) {
            event = event.withDetail(total.getKey(), Long.toString(total.getValue()));
        }
        try {
            long sequence = audit.append(event).sequence();
            return new FieldKeyRotation(primary, reports, Optional.of(sequence), Optional.empty());
        } catch (ApplicationException e) {
            // the values are re-encrypted all the same: say so, and that the run is missing from the trail
            return new FieldKeyRotation(primary, reports, Optional.empty(),
                    Optional.of("(" + e.errorCode().code() + "): " + e.getMessage()));
        }
    }

    @Override
    public FieldKeyCensus count() {
        return new FieldKeyCensus(count.keys(), count.count());
    }
}
