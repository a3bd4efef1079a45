package dev.hearth.domain.explain;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * The unmodifiable list of assumptions inside an {@link Explanation} built by {@link ExplanationBuilder}: the first
 * {@code size} entries of an array that the builder never changes afterwards (it copies the array before recording
 * into it again: copy on write), so a built explanation shares the builder's array instead of copying it. An
 * assumption recorded with {@link ExplanationBuilder#assume(String, AssumptionSource, Supplier)} is held as a
 * {@link Pending} and becomes an {@link Assumption} the first time it is read; every later read returns that same
 * record. Like {@code List.of}, the list refuses every change; unlike it, {@code contains(null)} answers false.
 *
 * <p>Thread safety: as for {@link StepsWrittenOnRead}, the suppliers are pure, so two threads reading the same pending
 * assumption at once each write an equal, immutable {@link Assumption}.
 */
final class AssumptionsWrittenOnRead extends AbstractList<Assumption> implements RandomAccess {

    /** An assumption whose text is written when it is first read. */
    record Pending(String id, AssumptionSource source, Supplier<String> text) {
        Assumption write() {
            return new Assumption(id, source, text.get());
        }
    }

    /** The id of an entry: an {@link Assumption} or a {@link Pending} one. */
    static String idOf(Object entry) {
        return entry instanceof Assumption a ? a.id() : ((Pending) entry).id();
    }

    private final Object[] entries;
    private final int size;

    AssumptionsWrittenOnRead(Object[] entries, int size) {
        Objects.checkFromToIndex(0, size, entries.length); // the builder holds no null entry
        this.entries = entries;
        this.size = size;
    }

    @Override
    public Assumption get(int index) {
        Objects.checkIndex(index, size);
        Object entry = entries[index];
        if (entry instanceof Assumption assumption) {
            return assumption;
        }
        Assumption written = ((Pending) entry).write();
        entries[index] = written;
        return written;
    }

    @Override
    public int size() {
        return size;
    }
}
