package dev.hearth.application.port.out.persistence;

import java.util.function.Supplier;

/**
 * Runs work as one database transaction on the primary: every storage port called inside it on the same thread (the
 * household stores, the audit trail) joins it, so the work is stored whole or not at all. A change and the audit event
 * that records it commit together.
 */
public interface RunInTransactionPort {

    /**
     * Runs {@code work} in one transaction, committed when it returns and rolled back if it throws (the exception is
     * passed on unchanged when it is an {@link dev.hearth.application.error.ApplicationException}).
     *
     * @throws dev.hearth.application.error.ApplicationException {@code WRITES_UNAVAILABLE} when the primary database
     *                                                           cannot be reached; nothing was stored
     */
    <T> T inTransaction(Supplier<T> work);
}
