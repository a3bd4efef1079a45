package dev.hearth.application.port.in.audit;

import static dev.hearth.application.port.in.CallScope.Kind.UNSCOPED;

import dev.hearth.application.port.in.CallScope;

/**
 * Walks the whole audit chain and reports whether it is intact, or where it first breaks (the same check as
 * {@code hearth audit verify}). Recorded itself as an {@code audit.verified} event.
 */
@CallScope(UNSCOPED)
public interface VerifyAuditTrailUseCase {

    /** Verifies the chain from its first event to its last. */
    AuditTrailVerification verify(VerifyAuditTrailQuery query);
}
