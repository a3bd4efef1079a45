package dev.hearth.application.port.out.household;

import dev.hearth.application.port.model.DebtRecord;
import dev.hearth.domain.household.HouseholdDebt;
import java.time.Instant;
import java.util.UUID;

/** Adds, changes and removes a household's debts on the primary; creditor, amounts and note are encrypted at rest. */
public interface StoreDebtPort {

    /**
     * Adds a debt to the household with a fresh UUIDv7 identifier, version 1.
     *
     * @throws dev.hearth.application.error.ApplicationException {@code NOT_FOUND} when the household does not exist
     */
    DebtRecord insert(UUID householdId, HouseholdDebt debt, Instant at);

    /**
     * Replaces the facts of {@code current} if it is still at {@code current.version()}.
     *
     * @throws dev.hearth.application.error.ApplicationException {@code VERSION_MISMATCH} or {@code NOT_FOUND}
     */
    DebtRecord update(DebtRecord current, HouseholdDebt debt, Instant at);

    /**
     * Removes the debt if it is still at {@code expectedVersion}.
     *
     * @throws dev.hearth.application.error.ApplicationException {@code VERSION_MISMATCH} or {@code NOT_FOUND}
     */
    void delete(UUID householdId, UUID debtId, long expectedVersion);
}
