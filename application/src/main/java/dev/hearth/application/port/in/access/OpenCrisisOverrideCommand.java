package dev.hearth.application.port.in.access;

import dev.hearth.application.port.model.CallContext;
import java.util.Objects;
import java.util.UUID;

/**
 * Support staff ask to read a household in a crisis.
 *
 * @param householdId   the household
 * @param accountId     the support account
 * @param justification why: must cite the safeguarding policy ({@code SG-} and a number), 20 to 2,000 characters
 * @param minutes       for how long, 1 to 240
 * @param context       who asks, under which request
 */
public record OpenCrisisOverrideCommand(UUID householdId, UUID accountId, String justification, int minutes,
                                        CallContext context) {
    public OpenCrisisOverrideCommand {
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(justification, "justification");
        Objects.requireNonNull(context, "context");
    }
}
