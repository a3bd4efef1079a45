package dev.hearth.application.port.in.audit;

import static dev.hearth.application.port.in.CallScope.Kind.UNSCOPED;

import dev.hearth.application.port.in.CallScope;

/**
 * The operator's verification of the audit chain ({@code hearth audit verify}, docs/runbooks/audit-verify.md): the
 * same walk as {@link VerifyAuditTrailUseCase}, optionally also proving that the chain still holds an anchor kept
 * from an earlier run, and reporting a break with the stored event's id and a sentence for the operator. Recorded
 * as an {@code audit.verified} event, like the API's verification.
 */
@CallScope(UNSCOPED)
public interface VerifyAuditChainUseCase {

    /** Walks the chain from its first event to its last (and checks the anchor, if given). */
    AuditChainReport verify(VerifyAuditChainQuery query);
}
