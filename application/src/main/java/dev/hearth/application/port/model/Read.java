package dev.hearth.application.port.model;

import java.util.Objects;
import java.util.function.Function;

/**
 * A value read from storage with how fresh it is known to be.
 *
 * @param value     what was read
 * @param freshness {@link Freshness#POSSIBLY_DELAYED} when it came from a replica while the primary was unreachable
 * @param <T>       the value's type
 */
public record Read<T>(T value, Freshness freshness) {

    public Read {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(freshness, "freshness");
    }

    /** A value read from the primary (or a replica known to be streaming from a reachable primary). */
    public static <T> Read<T> current(T value) {
        return new Read<>(value, Freshness.CURRENT);
    }

    /** The same freshness around another value. */
    public <U> Read<U> map(Function<? super T, ? extends U> mapper) {
        return new Read<>(mapper.apply(value), freshness);
    }
}
