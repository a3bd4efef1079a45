package dev.hearth.application.port.model;

import dev.hearth.domain.household.HouseholdCircumstances;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A stored household: its facts and the version that guards changes to them.
 *
 * @param id            its identifier (UUIDv7)
 * @param version       1 when created, one more on every change; a change names the version it was based on
 * @param createdAt     when it was created
 * @param updatedAt     when its facts last changed
 * @param circumstances its facts
 */
public record HouseholdRecord(UUID id, long version, Instant createdAt, Instant updatedAt,
                              HouseholdCircumstances circumstances) {

    public HouseholdRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(circumstances, "circumstances");
        if (version < 1) {
            throw new IllegalArgumentException("version starts at 1");
        }
    }
}
