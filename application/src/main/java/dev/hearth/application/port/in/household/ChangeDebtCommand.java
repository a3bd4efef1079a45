package dev.hearth.application.port.in.household;

import dev.hearth.application.port.model.CallContext;
import dev.hearth.domain.household.HouseholdDebt;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Change a debt; the change is a function of the current facts, run on the primary inside the transaction.
 *
 * @param householdId            which household
 * @param debtId                 which debt
 * @param expectedVersion        the version the caller read (its ETag)
 * @param change                 from the current facts to the new ones; may throw InvalidInputException
 * @param context                who asks, under which request
 */
public record ChangeDebtCommand(
        UUID householdId,
        UUID debtId,
        long expectedVersion,
        UnaryOperator<HouseholdDebt> change,
        CallContext context) {

    public ChangeDebtCommand {
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(debtId, "debtId");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(context, "context");
        if (expectedVersion < 1) {
            throw new IllegalArgumentException("expectedVersion starts at 1");
        }
    }
}
