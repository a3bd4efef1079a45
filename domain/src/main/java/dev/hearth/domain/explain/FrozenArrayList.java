package dev.hearth.domain.explain;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An unmodifiable list of the first {@code size} elements of an array that its owner ({@link ExplanationBuilder})
 * never changes afterwards: the builder copies the array before recording into it again (copy on write). Lets a built
 * explanation share the builder's assumptions instead of copying them. Like {@code List.of}, it refuses every change;
 * unlike it, {@code contains(null)} answers false rather than throwing.
 */
final class FrozenArrayList<E> extends AbstractList<E> implements RandomAccess {

    private final E[] elements;
    private final int size;

    FrozenArrayList(E[] elements, int size) {
        Objects.checkFromToIndex(0, size, elements.length); // the builder holds no null element
        this.elements = elements;
        this.size = size;
    }

    @Override
    public E get(int index) {
        Objects.checkIndex(index, size);
        return elements[index];
    }

    @Override
    public int size() {
        return size;
    }
}
