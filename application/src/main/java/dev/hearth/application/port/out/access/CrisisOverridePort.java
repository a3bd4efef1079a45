package dev.hearth.application.port.out.access;

import dev.hearth.application.port.model.CrisisOverrideRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Crisis overrides: stored once, never changed; they simply expire. */
public interface CrisisOverridePort {

    /** Stores a new override with a fresh UUIDv7 id; joins the transaction open on this thread. */
    CrisisOverrideRecord open(UUID householdId, UUID accountId, Instant openedAt, Instant expiresAt,
                              String justification);

    /** The account's override of the household that is active at {@code at}, if any (the latest to expire). */
    Optional<CrisisOverrideRecord> active(UUID householdId, UUID accountId, Instant at);

    /** Every override of the household, oldest first (at most the latest 100). */
    List<CrisisOverrideRecord> forHousehold(UUID householdId);
}
