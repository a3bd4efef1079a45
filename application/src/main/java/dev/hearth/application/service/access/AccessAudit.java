package dev.hearth.application.service.access;

import dev.hearth.application.port.model.CallContext;
import dev.hearth.application.port.out.audit.AppendAuditEventPort;
import dev.hearth.application.port.out.audit.AuditEvent;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** The audit events of household access, targeting the household so they appear in its activity. */
final class AccessAudit {

    private final AppendAuditEventPort audit;

    AccessAudit(AppendAuditEventPort audit) {
        this.audit = audit;
    }

    void record(String action, UUID householdId, CallContext context, Instant at, String justification,
                String... details) {
        Map<String, String> map = new TreeMap<>();
        for (int i = 0; i + 1 < details.length; i += 2) {
            map.put(details[i], details[i + 1]);
        }
        audit.append(new AuditEvent(context.actorId(), action, "household", householdId.toString(), at,
                context.correlationId(), justification, map));
    }
}
