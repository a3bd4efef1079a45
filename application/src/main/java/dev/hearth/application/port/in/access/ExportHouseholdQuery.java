package dev.hearth.application.port.in.access;

import dev.hearth.application.port.model.CallContext;
import java.util.Objects;
import java.util.UUID;

/**
 * Everything stored about a household, for its owner.
 *
 * @param householdId the household
 * @param context     who asks, under which request
 */
public record ExportHouseholdQuery(UUID householdId, CallContext context) {
    public ExportHouseholdQuery {
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(context, "context");
    }
}
