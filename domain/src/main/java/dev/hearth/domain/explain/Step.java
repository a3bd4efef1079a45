package dev.hearth.domain.explain;

import java.util.List;
import java.util.Objects;

/**
 * One step of a calculation: which rule, what it did in plain English, under which law, from which inputs, to which
 * output, and the rounding rule applied (empty when the step did not round).
 *
 * @param ruleId         the rule's stable id, listed in the engine's catalogue in docs/rules/
 * @param description    what the step did, in plain English
 * @param legalReference the legislation or published source the rule comes from
 * @param inputs         the values the step used, in order, formatted for a reader
 * @param output         the value the step produced, formatted for a reader
 * @param rounding       the named rounding rule applied and what it says, or empty when the step did not round
 */
public record Step(String ruleId, String description, String legalReference, List<Fact> inputs, String output,
                   String rounding) {
    public Step {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(legalReference, "legalReference");
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(output, "output");
        rounding = rounding == null ? "" : rounding;
    }
}
