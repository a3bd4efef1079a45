package dev.hearth.application.port.in.household;

import dev.hearth.application.port.model.CallContext;
import java.util.Objects;
import java.util.UUID;

/**
 * Read one debt.
 *
 * @param householdId            which household
 * @param debtId                 which debt
 * @param context                who asks, under which request
 */
public record GetDebtQuery(
        UUID householdId,
        UUID debtId,
        CallContext context) {

    public GetDebtQuery {
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(debtId, "debtId");
        Objects.requireNonNull(context, "context");
    }
}
