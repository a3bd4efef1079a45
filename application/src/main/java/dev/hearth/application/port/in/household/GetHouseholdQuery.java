package dev.hearth.application.port.in.household;

import dev.hearth.application.port.model.CallContext;
import java.util.Objects;
import java.util.UUID;

/**
 * Read one household.
 *
 * @param householdId            which household
 * @param context                who asks, under which request
 */
public record GetHouseholdQuery(
        UUID householdId,
        CallContext context) {

    public GetHouseholdQuery {
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(context, "context");
    }
}
