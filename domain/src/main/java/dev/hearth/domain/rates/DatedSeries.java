package dev.hearth.domain.rates;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A figure that changes over time (e.g. the National Living Wage), as a list of {@link DatedValue}s in date order.
 * Looking up a date before the first entry, or after {@code knownUntil}, finds nothing: a missing year is never filled
 * from a neighbouring one.
 *
 * @param name       what the series is, for messages
 * @param values     the entries, earliest first
 * @param knownUntil the last date (inclusive) for which the latest entry is known to apply
 * @param <T>        the type of the figure
 */
public record DatedSeries<T>(String name, List<DatedValue<T>> values, LocalDate knownUntil) {
    public DatedSeries {
        values = List.copyOf(values);
        for (int i = 1; i < values.size(); i++) {
            if (!values.get(i).from().isAfter(values.get(i - 1).from())) {
                throw new IllegalArgumentException(name + ": entries must be in strictly increasing date order");
            }
        }
    }

    /** The entry in force on {@code date}, or empty when the series does not cover that date. */
    public Optional<DatedValue<T>> at(LocalDate date) {
        return Optional.ofNullable(entryAt(date));
    }

    /**
     * The entry in force on {@code date}, or {@code null} when the series does not cover that date: the same look-up as
     * {@link #at(LocalDate)}, for engines that run it on every calculation.
     */
    public DatedValue<T> entryAt(LocalDate date) {
        if (date.isAfter(knownUntil)) {
            return null;
        }
        DatedValue<T> found = null;
        for (int i = 0, n = values.size(); i < n; i++) {
            DatedValue<T> value = values.get(i);
            if (value.from().isAfter(date)) {
                break;
            }
            found = value;
        }
        return found;
    }
}
