package dev.hearth.application.port.in.access;

import dev.hearth.application.port.model.CallContext;
import java.util.Objects;
import java.util.UUID;

/**
 * Take an account's role in a household away.
 *
 * @param householdId the household
 * @param accountId   the account
 * @param context     who asks, under which request
 */
public record RemoveHouseholdMemberCommand(UUID householdId, UUID accountId, CallContext context) {
    public RemoveHouseholdMemberCommand {
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(context, "context");
    }
}
