package dev.hearth.application.port.out.household;

import dev.hearth.application.port.model.DebtRecord;
import dev.hearth.application.port.model.Page;
import dev.hearth.application.port.model.PageRequest;
import dev.hearth.application.port.model.Read;
import java.util.Optional;
import java.util.UUID;

/** Reads a household's debts; every read is scoped to the one household. */
public interface LoadDebtPort {

    /** The debt, or empty when the household has none with that id. */
    Optional<Read<DebtRecord>> load(UUID householdId, UUID debtId);

    /** The debt as it is on the primary now, locked until the surrounding transaction ends. */
    Optional<DebtRecord> lockForUpdate(UUID householdId, UUID debtId);

    /** One page of the household's debts in the order they were added. */
    Read<Page<DebtRecord>> list(UUID householdId, PageRequest page);
}
