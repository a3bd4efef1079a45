package dev.hearth.application.port.in.household;

import dev.hearth.application.port.model.CallContext;
import java.util.Objects;
import java.util.UUID;

/**
 * Delete a household.
 *
 * @param householdId            which household
 * @param expectedVersion        the version the caller read (its ETag)
 * @param context                who asks, under which request
 */
public record DeleteHouseholdCommand(
        UUID householdId,
        long expectedVersion,
        CallContext context) {

    public DeleteHouseholdCommand {
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(context, "context");
        if (expectedVersion < 1) {
            throw new IllegalArgumentException("expectedVersion starts at 1");
        }
    }
}
