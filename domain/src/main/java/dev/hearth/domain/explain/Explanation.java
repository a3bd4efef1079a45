package dev.hearth.domain.explain;

import java.util.List;
import java.util.Objects;

/**
 * How a result was reached: the ruleset version it was computed under, the ordered steps, and the assumptions it rests
 * on. Two runs with the same inputs and ruleset give equal explanations.
 *
 * @param rulesetVersion the version of the rules and rates the result was computed under
 * @param steps          the calculation's steps, in the order they were taken
 * @param assumptions    what the result rests on that is not certain, each with its source
 */
public record Explanation(String rulesetVersion, List<Step> steps, List<Assumption> assumptions) {
    public Explanation {
        Objects.requireNonNull(rulesetVersion, "rulesetVersion");
        // The builder's own list is already unmodifiable and may hold steps whose text is written on first read.
        steps = steps instanceof StepsWrittenOnRead ? steps : List.copyOf(steps);
        // The builder's assumptions list is already unmodifiable, and the builder never changes it once built.
        assumptions = assumptions instanceof AssumptionsWrittenOnRead ? assumptions : List.copyOf(assumptions);
    }

    /** The distinct rule ids used, in first-use order. */
    public List<String> ruleIds() {
        return steps.stream().map(Step::ruleId).distinct().toList();
    }
}
