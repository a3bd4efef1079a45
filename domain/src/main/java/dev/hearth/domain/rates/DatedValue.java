package dev.hearth.domain.rates;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A figure that applies from a date (inclusive) until the next figure in its {@link DatedSeries} takes over.
 *
 * @param from       the first date the figure applies to
 * @param value      the figure
 * @param source     where it was read
 * @param confidence how sure we are of it
 * @param <T>        the type of the figure
 */
public record DatedValue<T>(LocalDate from, T value, String source, Confidence confidence) {
    public DatedValue {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(confidence, "confidence");
    }
}
