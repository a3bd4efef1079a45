package dev.hearth.application.port.in.audit;

import dev.hearth.application.port.model.CallContext;
import java.util.Objects;
import java.util.UUID;

/**
 * Read a page of a household's audit events.
 *
 * @param householdId   which household
 * @param afterSequence the sequence of the last event of the previous page, or 0 for the first page
 * @param limit         how many events at most, 1 to 100
 * @param context       who asks, under which request
 */
public record ListHouseholdActivityQuery(UUID householdId, long afterSequence, int limit, CallContext context) {

    public ListHouseholdActivityQuery {
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(context, "context");
        if (afterSequence < 0 || limit < 1 || limit > 100) {
            throw new IllegalArgumentException("afterSequence >= 0 and limit 1 to 100");
        }
    }
}
