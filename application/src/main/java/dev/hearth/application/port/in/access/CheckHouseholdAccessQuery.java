package dev.hearth.application.port.in.access;

import dev.hearth.application.port.in.auth.AuthenticatedAccount;
import java.util.Objects;
import java.util.UUID;

/**
 * May this caller do this to this household?
 *
 * @param caller      the authenticated caller (account and token scopes)
 * @param householdId the household in the request's path
 * @param permission  what the route needs
 * @param requestId   the request, for the audit event of a read under a crisis override
 */
public record CheckHouseholdAccessQuery(AuthenticatedAccount caller, UUID householdId, HouseholdPermission permission,
                                        String requestId) {
    public CheckHouseholdAccessQuery {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(permission, "permission");
        Objects.requireNonNull(requestId, "requestId");
    }
}
