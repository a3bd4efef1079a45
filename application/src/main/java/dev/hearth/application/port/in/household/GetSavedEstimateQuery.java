package dev.hearth.application.port.in.household;

import dev.hearth.application.port.model.CallContext;
import java.util.Objects;
import java.util.UUID;

/**
 * Read one saved estimate.
 *
 * @param householdId            which household
 * @param estimateId             which saved estimate
 * @param context                who asks, under which request
 */
public record GetSavedEstimateQuery(
        UUID householdId,
        UUID estimateId,
        CallContext context) {

    public GetSavedEstimateQuery {
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(estimateId, "estimateId");
        Objects.requireNonNull(context, "context");
    }
}
