package dev.hearth.adapter.in.http.household;

import dev.hearth.application.port.model.DebtRecord;
import dev.hearth.application.port.model.Freshness;
import dev.hearth.application.port.model.Read;
import dev.hearth.domain.household.HouseholdDebt;
import java.time.Instant;
import java.util.UUID;

/**
 * A debt stored with a household.
 *
 * @param id               the debt's identifier (UUIDv7)
 * @param householdId      the household that owes it
 * @param version          its version, also sent as the {@code ETag} header; send it back in {@code If-Match} to change
 *                         or remove the debt
 * @param createdAt        when it was added (UTC, ISO-8601)
 * @param updatedAt        when it last changed (UTC, ISO-8601)
 * @param dataMayBeDelayed true when this was read from a replica while the primary database was unreachable
 * @param debt             the debt's facts
 */
public record DebtResponse(UUID id, UUID householdId, long version, Instant createdAt, Instant updatedAt,
                           boolean dataMayBeDelayed, HouseholdDebt debt) {

    static DebtResponse from(DebtRecord record, Freshness freshness) {
        return new DebtResponse(record.id(), record.householdId(), record.version(), record.createdAt(),
                record.updatedAt(), freshness == Freshness.POSSIBLY_DELAYED, record.debt());
    }

    static DebtResponse from(Read<DebtRecord> read) {
        return from(read.value(), read.freshness());
    }
}
