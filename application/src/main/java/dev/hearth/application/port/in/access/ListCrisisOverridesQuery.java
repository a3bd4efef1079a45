package dev.hearth.application.port.in.access;

import dev.hearth.application.port.model.CallContext;
import java.util.Objects;
import java.util.UUID;

/**
 * The crisis overrides ever opened on a household.
 *
 * @param householdId the household
 * @param context     who asks, under which request
 */
public record ListCrisisOverridesQuery(UUID householdId, CallContext context) {
    public ListCrisisOverridesQuery {
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(context, "context");
    }
}
