package dev.hearth.application.port.out.audit;

/**
 * Walks the whole audit chain from the first event and reports the first break (see {@link AuditChainWalk} for the
 * checks). Backs {@code hearth audit verify}; see {@code docs/runbooks/audit-verify.md} for what to do with the result.
 */
public interface VerifyAuditChainPort {

    /** Verifies the chain as it stands. */
    AuditChainVerification verify();

    /**
     * Verifies the chain and also that it still holds {@code anchor}, a head printed by an earlier run and kept
     * outside the database. This catches what the chain alone cannot: events cut off the end, or the whole history up
     * to the anchor rewritten with fresh hashes.
     */
    AuditChainVerification verify(AuditChainAnchor anchor);
}
