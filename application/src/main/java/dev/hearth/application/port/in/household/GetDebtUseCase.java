package dev.hearth.application.port.in.household;

import dev.hearth.application.port.model.DebtRecord;
import dev.hearth.application.port.model.Read;

/**
 * Reads one debt of a household.
 */
public interface GetDebtUseCase {

    /**
     * Reads one debt of a household.
     *
     * @throws dev.hearth.application.error.ApplicationException {@code NOT_FOUND} when there is no such household
     */
    Read<DebtRecord> get(GetDebtQuery getDebtQuery);
}
