package dev.hearth.application.port.out.audit;

/**
 * Appends one event to the tamper-evident audit trail.
 *
 * <p><strong>Transactions.</strong> When the caller already has a transaction open on this thread through the same
 * persistence adapters (for example a use case that changes a household and records that it did), the event joins
 * that transaction: it is stored if and only if the change commits. Otherwise the event is stored in a transaction of
 * its own, committed before this method returns.
 *
 * <p><strong>Ordering.</strong> Events form one chain: each gets the next sequence number and the hash of the event
 * before it (see {@link AuditChainFormat}). Concurrent appenders are serialised so the chain never forks; an appender
 * inside a longer transaction holds the chain until that transaction ends, so keep audited transactions short.
 */
public interface AppendAuditEventPort {

    /**
     * Appends {@code event} at the end of the chain.
     *
     * @return the event as recorded: its sequence, id and hashes
     * @throws dev.hearth.application.error.ApplicationException {@code SERVICE_UNAVAILABLE} when the store cannot be
     *                                                           reached, {@code INTERNAL} on any other failure; the
     *                                                           event is then not recorded
     */
    RecordedAuditEvent append(AuditEvent event);
}
