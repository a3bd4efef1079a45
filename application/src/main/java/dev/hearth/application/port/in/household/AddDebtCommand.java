package dev.hearth.application.port.in.household;

import dev.hearth.application.port.model.CallContext;
import dev.hearth.domain.household.HouseholdDebt;
import java.util.Objects;
import java.util.UUID;

/**
 * Add a debt to a household.
 *
 * @param householdId            which household
 * @param debt                   the debt's facts
 * @param context                who asks, under which request
 */
public record AddDebtCommand(
        UUID householdId,
        HouseholdDebt debt,
        CallContext context) {

    public AddDebtCommand {
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(debt, "debt");
        Objects.requireNonNull(context, "context");
    }
}
