package dev.hearth.adapter.in.http.household;

import dev.hearth.application.port.model.CrisisOverrideRecord;
import java.time.Instant;
import java.util.UUID;

/**
 * A crisis override: a support account's read access to the household for a limited time.
 *
 * @param id            the override's id (UUID)
 * @param accountId     the support account that opened it
 * @param openedAt      from when (ISO-8601 instant)
 * @param expiresAt     until when (ISO-8601 instant); it grants nothing afterwards
 * @param justification the reason the support account gave, citing the safeguarding policy
 */
public record CrisisOverrideResponse(UUID id, UUID accountId, Instant openedAt, Instant expiresAt,
                                     String justification) {

    static CrisisOverrideResponse from(CrisisOverrideRecord record) {
        return new CrisisOverrideResponse(record.id(), record.accountId(), record.openedAt(), record.expiresAt(),
                record.justification());
    }
}
