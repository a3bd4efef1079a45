package dev.hearth.adapter.in.http.household;

import dev.hearth.application.port.model.Freshness;
import dev.hearth.application.port.model.SavedEstimateRecord;
import dev.hearth.domain.uc.UcEstimate;
import dev.hearth.domain.uc.UcEstimateRequest;
import java.time.Instant;
import java.util.UUID;

/**
 * A Universal Credit estimate made for a stored household and kept, so the number can be reproduced later.
 *
 * @param id               the saved estimate's identifier (UUIDv7)
 * @param householdId      the household it was made for
 * @param householdVersion the version of the household's facts it was made from
 * @param createdAt        when it was made (UTC, ISO-8601)
 * @param kind             what was estimated: {@code universal_credit}
 * @param engineVersion    the Hearth build that made it
 * @param rulesetVersion   the ruleset its explanation names
 * @param dataMayBeDelayed true when this was read from a replica while the primary database was unreachable
 * @param inputs           the engine's input exactly as it ran; post it to {@code /v1/estimates/universal-credit} or
 *                         run {@code hearth estimate universal-credit --input} on it to reproduce the result offline
 * @param result           the estimate as it was made and shown, explanation included
 */
public record SavedEstimateResponse(UUID id, UUID householdId, long householdVersion, Instant createdAt, String kind,
                                    String engineVersion, String rulesetVersion, boolean dataMayBeDelayed,
                                    UcEstimateRequest inputs, UcEstimate result) {

    /** The only kind of saved estimate so far. */
    static final String UNIVERSAL_CREDIT = "universal_credit";

    static SavedEstimateResponse from(SavedEstimateRecord record, Freshness freshness) {
        return new SavedEstimateResponse(record.id(), record.householdId(), record.householdVersion(),
                record.createdAt(), UNIVERSAL_CREDIT, record.engineVersion(), record.rulesetVersion(),
                freshness == Freshness.POSSIBLY_DELAYED, record.inputs(), record.result());
    }
}
