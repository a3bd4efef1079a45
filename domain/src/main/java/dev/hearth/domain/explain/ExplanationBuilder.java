package dev.hearth.domain.explain;

import dev.hearth.domain.money.RoundingRule;

import java.util.Arrays;
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
    /**
     * The steps as pairs of slots, in the layout {@link StepsWrittenOnRead} reads: a {@link Step} and {@code null}, or
     * a {@link Rule} and the supplier of its text. Pairs in one array rather than a wrapper object per step.
     */
    private Object[] steps;
    private int stepSlots;
    /**
     * Whether {@link #steps} is held by an explanation already built; it is then copied before the next step is
     * added, so a built explanation never sees a later step (copy on write: building does not copy).
     */
    private boolean stepsShared;
    /**
     * In the order first recorded, at most one per id: each an {@link Assumption}, or an
     * {@link AssumptionsWrittenOnRead.Pending} one whose text is written on first read. An array: an explanation has a
     * few dozen at most.
     */
    private Object[] assumptions;
    /**
     * Whether {@link #assumptions} is held by an explanation already built; it is then copied before the next assumption
     * is added (copy on write, as for the steps).
     */
    private boolean assumptionsShared;
    /** The hash of each recorded assumption's id, so that a new id is checked against an int array. */
    private int[] assumptionHashes;
    /**
     * One bit for each recorded id, chosen by its hash ({@code 1L << hash}, i.e. the hash's lowest six bits): an id
     * whose bit is not set cannot have been recorded, so most new ids are known to be new without a search.
     */
    private long assumptionHashBits;
    private int assumptionCount;

    public ExplanationBuilder(String rulesetVersion) {
        this(rulesetVersion, 10);
    }

    /**
     * A builder with room for about {@code expectedSteps} steps before it needs to grow (a sizing hint only: any number
     * of steps can be recorded).
     */
    public ExplanationBuilder(String rulesetVersion, int expectedSteps) {
        this.rulesetVersion = rulesetVersion;
        this.steps = new Object[2 * Math.max(expectedSteps, 1)];
        // About one assumption for every two steps in practice; more are room for growth, not a limit.
        int expectedAssumptions = Math.max(4, Math.min(16, expectedSteps / 2));
        this.assumptions = new Object[expectedAssumptions];
        this.assumptionHashes = new int[expectedAssumptions];
    }

    /** How a step that rounded names its rounding rule: {@code NAME: description}. */
    static String roundingText(RoundingRule rounding) {
        return ROUNDING_TEXT.get(rounding);
    }

    /** Records a step that did not round. */
    public ExplanationBuilder step(Rule rule, String description, List<Fact> inputs, Object output) {
        addStep(new Step(rule.id(), description, rule.legalReference(), inputs, String.valueOf(output), ""), null);
        return this;
    }

    /** Records a step that rounded under the given rule. */
    public ExplanationBuilder step(Rule rule, String description, List<Fact> inputs, Object output, RoundingRule rounding) {
        addStep(new Step(rule.id(), description, rule.legalReference(), inputs, String.valueOf(output),
                roundingText(rounding)), null);
        return this;
    }

    /**
     * Records a step whose text is written when the explanation is first read. The supplier is called at most once per
     * built explanation in the ordinary case, and must give the same text whenever it is called.
     */
    public ExplanationBuilder step(Rule rule, Supplier<StepText> text) {
        addStep(Objects.requireNonNull(rule, "rule"), Objects.requireNonNull(text, "text"));
        return this;
    }

    private void addStep(Object first, Object second) {
        if (stepSlots == steps.length || stepsShared) {
            steps = Arrays.copyOf(steps, stepSlots == steps.length ? steps.length * 2 : steps.length);
            stepsShared = false;
        }
        steps[stepSlots] = first;
        steps[stepSlots + 1] = second;
        stepSlots += 2;
    }

    /** Records an assumption unless one with the same id is already recorded (the first wins). */
    public ExplanationBuilder assume(String id, AssumptionSource source, String text) {
        if (!hasAssumption(Objects.requireNonNull(id, "id"))) {
            addAssumption(new Assumption(id, source, text));
        }
        return this;
    }

    /**
     * Records an assumption made once, typically a constant whose text never changes, unless one with the same id is
     * already recorded (the first wins). The same as {@code assume(a.id(), a.source(), a.text())}, without making a new
     * record on every calculation.
     */
    public ExplanationBuilder assume(Assumption assumption) {
        if (!hasAssumption(assumption.id())) {
            addAssumption(assumption);
        }
        return this;
    }

    /**
     * Records an assumption whose text is written only when the explanation's assumptions are read, unless one with the
     * same id is already recorded (the first wins): for a text that depends on the calculation (e.g. names a date) and
     * that most callers never read. The supplier must be pure and use only values that no longer change.
     */
    public ExplanationBuilder assume(String id, AssumptionSource source, Supplier<String> text) {
        if (!hasAssumption(Objects.requireNonNull(id, "id"))) {
            addAssumption(new AssumptionsWrittenOnRead.Pending(id, Objects.requireNonNull(source, "source"),
                    Objects.requireNonNull(text, "text")));
        }
        return this;
    }

    private void addAssumption(Object assumption) {
        if (assumptionCount == assumptions.length || assumptionsShared) {
            int length = assumptionCount == assumptions.length ? assumptions.length * 2 : assumptions.length;
            assumptions = Arrays.copyOf(assumptions, length);
            assumptionHashes = Arrays.copyOf(assumptionHashes, length);
            assumptionsShared = false;
        }
        int hash = AssumptionsWrittenOnRead.idOf(assumption).hashCode();
        assumptionHashes[assumptionCount] = hash;
        assumptionHashBits |= 1L << hash;
        assumptions[assumptionCount++] = assumption;
    }

    private boolean hasAssumption(String id) {
        int hash = id.hashCode(); // cached by String; comparing hashes first skips almost every equals call
        if ((assumptionHashBits & 1L << hash) == 0) {
            return false;
        }
        int[] hashes = assumptionHashes;
        for (int i = 0, n = assumptionCount; i < n; i++) {
            if (hashes[i] == hash) {
                String other = AssumptionsWrittenOnRead.idOf(assumptions[i]);
                if (other == id || other.equals(id)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Appends the steps and assumptions of an explanation produced by another engine (e.g. the timing engine). */
    public ExplanationBuilder include(Explanation other) {
        if (other.steps() instanceof StepsWrittenOnRead written) {
            // Each step's two slots, written or not, are copied as they are, so including an explanation writes no text.
            int slots = 2 * written.size();
            if (stepSlots + slots > steps.length || stepsShared) {
                steps = Arrays.copyOf(steps, Math.max(steps.length, stepSlots + slots));
                stepsShared = false;
            }
            written.copyEntries(steps, stepSlots);
            stepSlots += slots;
        } else {
            for (Step step : other.steps()) {
                addStep(Objects.requireNonNull(step, "step"), null);
            }
        }
        for (int aIndex = 0; aIndex < other.assumptions().size(); aIndex++) { // by index: no iterator object
            Assumption a = other.assumptions().get(aIndex);
            if (!hasAssumption(a.id())) {
                addAssumption(a);
            }
        }
        return this;
    }

    /**
     * The explanation recorded so far. It shares the builder's arrays rather than copying them; the builder copies an
     * array before it next records into it, so the explanation never changes afterwards.
     */
    public Explanation build() {
        stepsShared = true;
        assumptionsShared = true;
        return new Explanation(rulesetVersion, new StepsWrittenOnRead(steps, stepSlots / 2),
                assumptionCount == 0 ? List.of() : new AssumptionsWrittenOnRead(assumptions, assumptionCount));
    }
}
