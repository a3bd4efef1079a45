package dev.hearth.adapter.in.http.household;

import dev.hearth.application.port.model.Freshness;
import dev.hearth.application.port.model.HouseholdRecord;
import dev.hearth.application.port.model.Read;
import dev.hearth.domain.household.HouseholdCircumstances;
import java.time.Instant;
import java.util.UUID;

/**
 * A stored household.
 *
 * @param id               the household's identifier (UUIDv7)
 * @param version          its version: 1 when created, one more on every change; also sent as the {@code ETag}
 *                         header, to send back in {@code If-Match} when changing it
 * @param createdAt        when it was created (UTC, ISO-8601)
 * @param updatedAt        when its facts last changed (UTC, ISO-8601)
 * @param dataMayBeDelayed true when this was read from a replica while the primary database was unreachable: a change
 *                         saved moments ago may not show yet (show "data may be delayed")
 * @param circumstances    the household's facts: the fields of a Universal Credit estimate request without the period
 */
public record HouseholdResponse(UUID id, long version, Instant createdAt, Instant updatedAt, boolean dataMayBeDelayed,
                                HouseholdCircumstances circumstances) {

    static HouseholdResponse from(HouseholdRecord record, Freshness freshness) {
        return new HouseholdResponse(record.id(), record.version(), record.createdAt(), record.updatedAt(),
                freshness == Freshness.POSSIBLY_DELAYED, record.circumstances());
    }

    static HouseholdResponse from(Read<HouseholdRecord> read) {
        return from(read.value(), read.freshness());
    }
}
