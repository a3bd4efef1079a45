package dev.hearth.application.port.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One account's role in one household.
 *
 * @param householdId the household
 * @param accountId   the account
 * @param role        what it may do there
 * @param grantedAt   when the role was granted
 * @param grantedBy   who granted it (an opaque actor id)
 */
public record HouseholdMemberRecord(UUID householdId, UUID accountId, HouseholdRole role, Instant grantedAt,
                                    String grantedBy) {
    public HouseholdMemberRecord {
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(grantedAt, "grantedAt");
        Objects.requireNonNull(grantedBy, "grantedBy");
    }
}
