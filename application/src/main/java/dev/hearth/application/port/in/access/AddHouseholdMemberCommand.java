package dev.hearth.application.port.in.access;

import dev.hearth.application.port.model.CallContext;
import dev.hearth.application.port.model.HouseholdRole;
import java.util.Objects;
import java.util.UUID;

/**
 * Give an account a role in a household (or change its role). Only an owner may; checked before the use case runs.
 *
 * @param householdId the household
 * @param accountId   the account (its UUID, as {@code GET /v1/auth/me} shows it)
 * @param role        the role
 * @param context     who asks, under which request
 */
public record AddHouseholdMemberCommand(UUID householdId, UUID accountId, HouseholdRole role, CallContext context) {
    public AddHouseholdMemberCommand {
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(context, "context");
    }
}
