package dev.hearth.application.port.in.household;

import dev.hearth.application.port.model.CallContext;
import dev.hearth.domain.household.HouseholdCircumstances;
import java.util.Objects;

/**
 * Create a household from its facts.
 *
 * @param circumstances          the household's facts
 * @param context                who asks, under which request
 */
public record CreateHouseholdCommand(
        HouseholdCircumstances circumstances,
        CallContext context) {

    public CreateHouseholdCommand {
        Objects.requireNonNull(circumstances, "circumstances");
        Objects.requireNonNull(context, "context");
    }
}
