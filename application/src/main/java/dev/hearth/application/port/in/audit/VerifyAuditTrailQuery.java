package dev.hearth.application.port.in.audit;

import dev.hearth.application.port.model.CallContext;
import java.util.Objects;

/**
 * Verify the audit chain.
 *
 * @param context who asks, under which request
 */
public record VerifyAuditTrailQuery(CallContext context) {

    public VerifyAuditTrailQuery {
        Objects.requireNonNull(context, "context");
    }
}
