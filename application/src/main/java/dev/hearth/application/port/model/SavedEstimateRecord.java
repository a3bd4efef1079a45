package dev.hearth.application.port.model;

import dev.hearth.domain.uc.UcEstimate;
import dev.hearth.domain.uc.UcEstimateRequest;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A Universal Credit estimate made for a stored household and kept, so the number a household was shown can be
 * reproduced later: the exact engine input (a snapshot of the household's facts and the period), the code that ran
 * and its answer.
 *
 * @param id               its identifier (UUIDv7)
 * @param householdId      the household it was made for
 * @param householdVersion the version of the household's facts it was made from
 * @param createdAt        when it was made
 * @param engineVersion    the Hearth build that made it (e.g. {@code 0.1.0-SNAPSHOT+961cbf9})
 * @param rulesetVersion   the ruleset its explanation names
 * @param inputs           the engine's input exactly as it ran: {@code hearth estimate universal-credit --input}
 *                         reproduces the result from it offline
 * @param result           the engine's answer, explanation included, as it was shown
 */
public record SavedEstimateRecord(UUID id, UUID householdId, long householdVersion, Instant createdAt,
                                  String engineVersion, String rulesetVersion, UcEstimateRequest inputs,
                                  UcEstimate result) {

    public SavedEstimateRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(engineVersion, "engineVersion");
        Objects.requireNonNull(rulesetVersion, "rulesetVersion");
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(result, "result");
    }
}
