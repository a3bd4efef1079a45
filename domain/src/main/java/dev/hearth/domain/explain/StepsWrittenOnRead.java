package dev.hearth.domain.explain;

import java.util.AbstractList;
import java.util.List;
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

    /** A step whose text has not been written yet. */
    record Pending(Rule rule, Supplier<StepText> text) {
        Step write() {
            StepText t = text.get();
            return new Step(rule.id(), t.description(), rule.legalReference(), t.inputs(), t.output(),
                    t.rounding() == null ? "" : ExplanationBuilder.roundingText(t.rounding()));
        }
    }

    /** Each entry is a {@link Step} or a {@link Pending} step; never null. */
    private final Object[] entries;

    StepsWrittenOnRead(Object[] entries) {
        this.entries = entries;
    }

    @Override
    public Step get(int index) {
        Object entry = entries[index];
        if (entry instanceof Step step) {
            return step;
        }
        Step step = ((Pending) entry).write();
        entries[index] = step;
        return step;
    }

    @Override
    public int size() {
        return entries.length;
    }

    /** Adds the entries, written or not, to a builder's list, so that including an explanation writes no text. */
    void copyEntriesTo(List<Object> target) {
        for (Object entry : entries) {
            target.add(entry);
        }
    }
}
