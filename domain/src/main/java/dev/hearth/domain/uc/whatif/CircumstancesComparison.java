package dev.hearth.domain.uc.whatif;

import dev.hearth.domain.uc.UcEstimate;

import java.util.List;

/**
 * The household now, and what each change would do.
 *
 * @param current  the estimate for the household as it is, for its current assessment period
 * @param changes  one outcome per changed version, in the order given
 */
public record CircumstancesComparison(UcEstimate current, List<ChangeOutcome> changes) {
    public CircumstancesComparison {
        changes = List.copyOf(changes);
    }
}
