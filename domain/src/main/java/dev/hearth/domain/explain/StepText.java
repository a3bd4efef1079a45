package dev.hearth.domain.explain;

import dev.hearth.domain.money.RoundingRule;

import java.util.List;
import java.util.Objects;

/**
 * The words of one explanation step, without its rule: what it did, from which inputs, to which output, and the
 * rounding rule applied ({@code null} when the step did not round). An engine hands one of these to
 * {@link ExplanationBuilder#step(Rule, java.util.function.Supplier)} inside a supplier, so that the text is written
 * only when someone reads the explanation; the step then reads exactly as if it had been recorded straight away.
 */
public record StepText(String description, List<Fact> inputs, String output, RoundingRule rounding) {
    public StepText {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(output, "output");
    }

    /** The text of a step that did not round. */
    public static StepText of(String description, List<Fact> inputs, String output) {
        return new StepText(description, inputs, output, null);
    }

    /** The text of a step that rounded under the given rule. */
    public static StepText rounded(String description, List<Fact> inputs, String output, RoundingRule rounding) {
        return new StepText(description, inputs, output, Objects.requireNonNull(rounding, "rounding"));
    }
}
