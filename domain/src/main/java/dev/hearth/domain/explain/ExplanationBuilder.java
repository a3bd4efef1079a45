package dev.hearth.domain.explain;

import dev.hearth.domain.money.RoundingRule;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Collects steps and assumptions while an engine works. Not thread-safe: one builder per calculation. Assumptions are
 * de-duplicated by id (the first wins) so that a rule applied to several people records its assumption once.
 *
 * <p>A step can be recorded with its text ({@link #step(Rule, String, List, Object)}) or with a supplier of its text
 * ({@link #step(Rule, Supplier)}), which is called only when the explanation's steps are read. Either way the built
 * {@link Explanation} lists the same steps; the second form saves formatting amounts and dates that nobody reads (for
 * example when a caller only wants the award). A supplier must only use values that do not change afterwards.
 */
public final class ExplanationBuilder {

    private static final Map<RoundingRule, String> ROUNDING_TEXT = new EnumMap<>(RoundingRule.class);

    static {
        for (RoundingRule rule : RoundingRule.values()) {
            ROUNDING_TEXT.put(rule, rule.name() + ": " + rule.description());
        }
    }

    private final String rulesetVersion;
    /** Each entry is a {@link Step} or a {@link StepsWrittenOnRead.Pending} step. */
    private final List<Object> steps;
    /** In the order first recorded, at most one per id. A list: an explanation has a few dozen at most. */
    private final List<Assumption> assumptions = new ArrayList<>(16);

    public ExplanationBuilder(String rulesetVersion) {
        this(rulesetVersion, 10);
    }

    /**
     * A builder with room for about {@code expectedSteps} steps before it needs to grow (a sizing hint only: any number
     * of steps can be recorded).
     */
    public ExplanationBuilder(String rulesetVersion, int expectedSteps) {
        this.rulesetVersion = rulesetVersion;
        this.steps = new ArrayList<>(Math.max(expectedSteps, 1));
    }

    /** How a step that rounded names its rounding rule: {@code NAME: description}. */
    static String roundingText(RoundingRule rounding) {
        return ROUNDING_TEXT.get(rounding);
    }

    /** Records a step that did not round. */
    public ExplanationBuilder step(Rule rule, String description, List<Fact> inputs, Object output) {
        steps.add(new Step(rule.id(), description, rule.legalReference(), inputs, String.valueOf(output), ""));
        return this;
    }

    /** Records a step that rounded under the given rule. */
    public ExplanationBuilder step(Rule rule, String description, List<Fact> inputs, Object output, RoundingRule rounding) {
        steps.add(new Step(rule.id(), description, rule.legalReference(), inputs, String.valueOf(output),
                roundingText(rounding)));
        return this;
    }

    /**
     * Records a step whose text is written when the explanation is first read. The supplier is called at most once per
     * built explanation in the ordinary case, and must give the same text whenever it is called.
     */
    public ExplanationBuilder step(Rule rule, Supplier<StepText> text) {
        steps.add(new StepsWrittenOnRead.Pending(Objects.requireNonNull(rule, "rule"), Objects.requireNonNull(text, "text")));
        return this;
    }

    public ExplanationBuilder assume(String id, AssumptionSource source, String text) {
        if (!hasAssumption(Objects.requireNonNull(id, "id"))) {
            assumptions.add(new Assumption(id, source, text));
        }
        return this;
    }

    private boolean hasAssumption(String id) {
        int hash = id.hashCode(); // cached by String: comparing it first skips most equals calls
        for (Assumption a : assumptions) {
            String other = a.id();
            if (other.hashCode() == hash && other.equals(id)) {
                return true;
            }
        }
        return false;
    }

    /** Appends the steps and assumptions of an explanation produced by another engine (e.g. the timing engine). */
    public ExplanationBuilder include(Explanation other) {
        if (other.steps() instanceof StepsWrittenOnRead written) {
            written.copyEntriesTo(steps);
        } else {
            steps.addAll(other.steps());
        }
        for (Assumption a : other.assumptions()) {
            if (!hasAssumption(a.id())) {
                assumptions.add(a);
            }
        }
        return this;
    }

    public Explanation build() {
        return new Explanation(rulesetVersion, new StepsWrittenOnRead(steps.toArray()), List.copyOf(assumptions));
    }
}
