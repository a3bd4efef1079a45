package dev.hearth.application.port.in.access;

import dev.hearth.application.port.model.CallContext;
import java.util.Objects;
import java.util.UUID;

/**
 * Who has a role in the household.
 *
 * @param householdId the household
 * @param context     who asks, under which request
 */
public record ListHouseholdMembersQuery(UUID householdId, CallContext context) {
    public ListHouseholdMembersQuery {
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(context, "context");
    }
}
