package dev.hearth.application.port.in.household;

import dev.hearth.application.port.model.CallContext;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * Estimate Universal Credit for a stored household and keep the estimate.
 *
 * @param householdId            which household
 * @param assessmentPeriodStart  first day of the assessment period, or null for the period starting today (UK time)
 * @param context                who asks, under which request
 */
public record SaveEstimateCommand(
        UUID householdId,
        LocalDate assessmentPeriodStart,
        CallContext context) {

    public SaveEstimateCommand {
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(context, "context");
    }
}
