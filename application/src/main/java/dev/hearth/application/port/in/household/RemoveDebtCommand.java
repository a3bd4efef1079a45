package dev.hearth.application.port.in.household;

import dev.hearth.application.port.model.CallContext;
import java.util.Objects;
import java.util.UUID;

/**
 * Remove a debt.
 *
 * @param householdId            which household
 * @param debtId                 which debt
 * @param expectedVersion        the version the caller read (its ETag)
 * @param context                who asks, under which request
 */
public record RemoveDebtCommand(
        UUID householdId,
        UUID debtId,
        long expectedVersion,
        CallContext context) {

    public RemoveDebtCommand {
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(debtId, "debtId");
        Objects.requireNonNull(context, "context");
        if (expectedVersion < 1) {
            throw new IllegalArgumentException("expectedVersion starts at 1");
        }
    }
}
