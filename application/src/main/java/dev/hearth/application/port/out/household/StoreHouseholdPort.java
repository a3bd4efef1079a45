package dev.hearth.application.port.out.household;

import dev.hearth.application.port.model.HouseholdRecord;
import dev.hearth.domain.household.HouseholdCircumstances;
import java.time.Instant;
import java.util.UUID;

/**
 * Creates, changes and deletes stored households on the primary. Facts are encrypted at rest; each call joins the
 * transaction open on this thread ({@code RunInTransactionPort}) or runs in one of its own.
 */
public interface StoreHouseholdPort {

    /** Stores a new household with a fresh UUIDv7 identifier, version 1, created and updated at {@code at}. */
    HouseholdRecord insert(HouseholdCircumstances circumstances, Instant at);

    /**
     * Replaces the facts of {@code current} if it is still at {@code current.version()}; the new version is one more.
     *
     * @throws dev.hearth.application.error.ApplicationException {@code VERSION_MISMATCH} when the stored version is no
     *                                                           longer {@code current.version()}, {@code NOT_FOUND}
     *                                                           when it is gone
     */
    HouseholdRecord update(HouseholdRecord current, HouseholdCircumstances circumstances, Instant at);

    /**
     * Deletes the household with everything stored under it (debts, saved estimates) if it is still at
     * {@code expectedVersion}. The audit trail keeps its events: they hold no personal data.
     *
     * @throws dev.hearth.application.error.ApplicationException {@code VERSION_MISMATCH} or {@code NOT_FOUND}
     */
    void delete(UUID id, long expectedVersion);
}
