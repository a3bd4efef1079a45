package dev.hearth.application.port.out.household;

import dev.hearth.application.port.model.SavedEstimateRecord;
import dev.hearth.domain.uc.UcEstimate;
import dev.hearth.domain.uc.UcEstimateRequest;
import java.time.Instant;
import java.util.UUID;

/** Keeps estimates made for stored households; inputs and results are encrypted at rest and never changed. */
public interface StoreSavedEstimatePort {

    /**
     * Stores an estimate with a fresh UUIDv7 identifier. The ruleset version is the one the result's explanation names.
     *
     * @throws dev.hearth.application.error.ApplicationException {@code NOT_FOUND} when the household does not exist
     */
    SavedEstimateRecord insert(UUID householdId, long householdVersion, Instant createdAt, String engineVersion,
                               UcEstimateRequest inputs, UcEstimate result);
}
