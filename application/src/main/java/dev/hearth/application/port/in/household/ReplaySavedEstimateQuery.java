package dev.hearth.application.port.in.household;

import dev.hearth.application.port.model.CallContext;
import java.util.Objects;
import java.util.UUID;

/**
 * Recompute a saved estimate with today's code.
 *
 * @param householdId            which household
 * @param estimateId             which saved estimate
 * @param context                who asks, under which request
 */
public record ReplaySavedEstimateQuery(
        UUID householdId,
        UUID estimateId,
        CallContext context) {

    public ReplaySavedEstimateQuery {
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(estimateId, "estimateId");
        Objects.requireNonNull(context, "context");
    }
}
