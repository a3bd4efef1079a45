package dev.hearth.domain.uc.whatif;

import dev.hearth.domain.uc.UcEstimateRequest;

import java.util.List;

/**
 * The household now and one or more changed versions of it.
 *
 * @param current  the household's facts now, for its current assessment period (the body of a Universal Credit
 *                 estimate); its {@code assessmentPeriodStart} sets the claim's cycle of periods
 * @param changes  one to ten changed versions, each compared with the household now on its own
 */
public record CircumstancesComparisonRequest(UcEstimateRequest current, List<CircumstanceChange> changes) {
    public CircumstancesComparisonRequest {
        changes = changes == null ? null : List.copyOf(changes);
    }
}
