package dev.hearth.domain.explain;

import dev.hearth.domain.money.RoundingRule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects steps and assumptions while an engine works. Not thread-safe: one builder per calculation. Assumptions are
 * de-duplicated by id (the first wins) so that a rule applied to several people records its assumption once.
 */
public final class ExplanationBuilder {

    private final String rulesetVersion;
    private final List<Step> steps = new ArrayList<>();
    private final Map<String, Assumption> assumptions = new LinkedHashMap<>();

    public ExplanationBuilder(String rulesetVersion) {
        this.rulesetVersion = rulesetVersion;
    }

    /** Records a step that did not round. */
    public ExplanationBuilder step(Rule rule, String description, List<Fact> inputs, Object output) {
        steps.add(new Step(rule.id(), description, rule.legalReference(), inputs, String.valueOf(output), ""));
        return this;
    }

    /** Records a step that rounded under the given rule. */
    public ExplanationBuilder step(Rule rule, String description, List<Fact> inputs, Object output, RoundingRule rounding) {
        steps.add(new Step(rule.id(), description, rule.legalReference(), inputs, String.valueOf(output),
                rounding.name() + ": " + rounding.description()));
        return this;
    }

    public ExplanationBuilder assume(String id, AssumptionSource source, String text) {
        assumptions.putIfAbsent(id, new Assumption(id, source, text));
        return this;
    }

    /** Appends the steps and assumptions of an explanation produced by another engine (e.g. the timing engine). */
    public ExplanationBuilder include(Explanation other) {
        steps.addAll(other.steps());
        other.assumptions().forEach(a -> assumptions.putIfAbsent(a.id(), a));
        return this;
    }

    public Explanation build() {
        return new Explanation(rulesetVersion, steps, List.copyOf(assumptions.values()));
    }
}
