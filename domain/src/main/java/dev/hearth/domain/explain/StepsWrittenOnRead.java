package dev.hearth.domain.explain;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * The unmodifiable list of steps inside an {@link Explanation} built by {@link ExplanationBuilder}. A step recorded with
 * {@link ExplanationBuilder#step(Rule, Supplier)} is held as its rule and a supplier of its text, and becomes a
 * {@link Step} the first time it is read (through {@code get}, iteration, {@code equals}, {@code hashCode} or
 * {@code toString}); every later read returns that same step. Callers see an ordinary {@code List<Step>}.
 *
 * <p>Thread safety: the suppliers are pure (they only format values that were already final when the step was
 * recorded), so if two threads read the same pending step at once each writes an equal {@link Step}; {@code Step} is an
 * immutable record, so either copy is safely published.
 */
final class StepsWrittenOnRead extends AbstractList<Step> implements RandomAccess {

    /** Writes the step for a rule from its supplier. */
    private static Step write(Rule rule, Supplier<StepText> text) {
        StepText t = text.get();
        return new Step(rule.id(), t.description(), rule.legalReference(), t.inputs(), t.output(),
                t.rounding() == null ? "" : ExplanationBuilder.roundingText(t.rounding()));
    }

    /**
     * Two slots per step: a {@link Step} and {@code null} once written, or the step's {@link Rule} and the
     * {@code Supplier<StepText>} of its text while pending. Writing a step replaces only its first slot.
     */
    private final Object[] entries;
    /** The number of steps: the first {@code 2 * size} slots of {@link #entries} (the array may be longer). */
    private final int size;

    /**
     * The list of the first {@code size} steps held in {@code entries}. The builder may share the array, but never
     * changes those slots afterwards (it copies the array before adding a step); this list only replaces a pending
     * step's rule by the equal written step.
     */
    StepsWrittenOnRead(Object[] entries, int size) {
        if (size < 0 || 2 * size > entries.length) {
            throw new IllegalArgumentException("size");
        }
        this.entries = entries;
        this.size = size;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Step get(int index) {
        Objects.checkIndex(index, size);
        Object first = entries[2 * index];
        if (first instanceof Step step) {
            return step;
        }
        Step step = write((Rule) first, (Supplier<StepText>) entries[2 * index + 1]);
        entries[2 * index] = step;
        return step;
    }

    @Override
    public int size() {
        return size;
    }

    /**
     * Copies each step's two slots, written or not, into a builder's array at {@code offset}, so that including an
     * explanation writes no text. A step being written by another thread at the same time is copied either as its rule
     * and supplier or as its written step and supplier; {@link #get} reads both pairs the same way.
     */
    void copyEntries(Object[] target, int offset) {
        System.arraycopy(entries, 0, target, offset, 2 * size);
    }
}
