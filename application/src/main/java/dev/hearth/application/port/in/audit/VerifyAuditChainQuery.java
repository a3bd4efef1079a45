package dev.hearth.application.port.in.audit;

import dev.hearth.application.port.model.CallContext;
import dev.hearth.application.port.out.audit.AuditChainAnchor;
import java.util.Objects;
import java.util.Optional;

/**
 * Verify the audit chain, and that it still holds an anchor printed by an earlier run.
 *
 * @param context who asks (the command line calls as {@code system:audit-verify})
 * @param anchor  a head printed by an earlier run (sequence, colon, hash: e.g. {@code 1042:9f86...}), or empty
 */
public record VerifyAuditChainQuery(CallContext context, Optional<String> anchor) {

    /**
     * @throws IllegalArgumentException when the anchor is not written {@code <sequence>:<64 hex characters>}
     */
    public VerifyAuditChainQuery {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(anchor, "anchor");
        anchor.ifPresent(AuditChainAnchor::parse);
    }
}
