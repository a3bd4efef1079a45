package dev.hearth.application.service.household;

import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import dev.hearth.application.port.model.CallContext;
import dev.hearth.application.port.out.audit.AppendAuditEventPort;
import dev.hearth.application.port.out.audit.AuditEvent;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The audit events of household use cases, in one place so their codes and details stay consistent. Every event
 * targets the household ({@code household}, its id); the details name the version, debt or estimate concerned and
 * never a fact about the household (no amount, date or name).
 */
final class HouseholdAudit {

    static final String TARGET_TYPE = "household";

    private final AppendAuditEventPort audit;

    HouseholdAudit(AppendAuditEventPort audit) {
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    /** Appends {@code action} on the household with the given details (key, value, key, value ...). */
    void record(String action, UUID householdId, CallContext context, Instant at, String... details) {
        Map<String, String> map = new TreeMap<>();
        for (int i = 0; i + 1 < details.length; i += 2) {
            map.put(details[i], details[i + 1]);
        }
        audit.append(new AuditEvent(context.actorId(), action, TARGET_TYPE, householdId.toString(), at,
                context.correlationId(), null, map));
    }

    /**
     * Records that a change was refused because it was based on a stale version, in a transaction of its own (the
     * change's own transaction was rolled back), then gives back the refusal to rethrow. A failure to record is attached
     * to the refusal rather than hiding it.
     */
    ApplicationException refused(ApplicationException refusal, String action, UUID householdId, CallContext context,
                                 Instant at, String... details) {
        if (refusal.errorCode() != ErrorCode.VERSION_MISMATCH) {
            return refusal;
        }
        try {
            String[] withReason = new String[details.length + 2];
            System.arraycopy(details, 0, withReason, 0, details.length);
            withReason[details.length] = "reason";
            withReason[details.length + 1] = ErrorCode.VERSION_MISMATCH.code();
            record(action, householdId, context, at, withReason);
        } catch (RuntimeException e) {
            refusal.addSuppressed(e);
        }
        return refusal;
    }
}
