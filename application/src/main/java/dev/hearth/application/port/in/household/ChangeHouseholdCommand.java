package dev.hearth.application.port.in.household;

import dev.hearth.application.port.model.CallContext;
import dev.hearth.domain.household.HouseholdCircumstances;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Change a household's facts. The change is a function of the current facts (for example a JSON merge patch applied to them), run inside the transaction on the facts as they are on the primary, so it can never be applied to a stale copy.
 *
 * @param householdId            which household
 * @param expectedVersion        the version the caller read (its ETag); the change is refused if the household has moved on
 * @param change                 from the current facts to the new ones; may throw InvalidInputException
 * @param context                who asks, under which request
 */
public record ChangeHouseholdCommand(
        UUID householdId,
        long expectedVersion,
        UnaryOperator<HouseholdCircumstances> change,
        CallContext context) {

    public ChangeHouseholdCommand {
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(context, "context");
        if (expectedVersion < 1) {
            throw new IllegalArgumentException("expectedVersion starts at 1");
        }
    }
}
