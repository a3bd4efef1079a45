package dev.hearth.application.port.model;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * One page of a list, in creation order.
 *
 * @param items     the items of this page
 * @param nextAfter the identifier to pass as {@link PageRequest#after()} for the next page, or {@code null} when this
 *                  is the last page
 * @param <T>       the item type
 */
public record Page<T>(List<T> items, UUID nextAfter) {

    public Page {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
    }

    /** Whether another page follows. */
    public boolean hasMore() {
        return nextAfter != null;
    }

    /** The same page with each item mapped. */
    public <U> Page<U> map(Function<? super T, ? extends U> mapper) {
        return new Page<>(items.stream().<U>map(mapper).toList(), nextAfter);
    }
}
