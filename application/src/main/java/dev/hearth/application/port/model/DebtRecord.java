package dev.hearth.application.port.model;

import dev.hearth.domain.household.HouseholdDebt;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A stored debt of a household, with the version that guards changes to it.
 *
 * @param id          its identifier (UUIDv7)
 * @param householdId the household that owes it
 * @param version     1 when added, one more on every change
 * @param createdAt   when it was added
 * @param updatedAt   when it last changed
 * @param debt        its facts
 */
public record DebtRecord(UUID id, UUID householdId, long version, Instant createdAt, Instant updatedAt,
                         HouseholdDebt debt) {

    public DebtRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(debt, "debt");
        if (version < 1) {
            throw new IllegalArgumentException("version starts at 1");
        }
    }
}
