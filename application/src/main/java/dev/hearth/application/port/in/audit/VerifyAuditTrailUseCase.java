package dev.hearth.application.port.in.audit;

/**
 * Walks the whole audit chain and reports whether it is intact, or where it first breaks (the same check as
 * {@code hearth audit verify}). Recorded itself as an {@code audit.verified} event.
 */
public interface VerifyAuditTrailUseCase {

    /** Verifies the chain from its first event to its last. */
    AuditTrailVerification verify(VerifyAuditTrailQuery query);
}
