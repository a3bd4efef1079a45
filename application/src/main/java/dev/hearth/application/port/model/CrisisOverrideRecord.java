package dev.hearth.application.port.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Support staff's read access to one household for a limited time, with the justification they wrote.
 *
 * @param id            the override (UUIDv7)
 * @param householdId   the household opened
 * @param accountId     the support account that opened it
 * @param openedAt      from when
 * @param expiresAt     until when (exclusive)
 * @param justification why, citing the safeguarding policy
 */
public record CrisisOverrideRecord(UUID id, UUID householdId, UUID accountId, Instant openedAt, Instant expiresAt,
                                   String justification) {
    public CrisisOverrideRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(justification, "justification");
    }

    /** Whether it grants access at {@code at}. */
    public boolean activeAt(Instant at) {
        return !at.isBefore(openedAt) && at.isBefore(expiresAt);
    }
}
