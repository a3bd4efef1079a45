package dev.hearth.domain.rates;

import java.util.Objects;

/**
 * A figure together with where it comes from and how sure we are of it, so an auditor can read the rates without
 * reading the code.
 *
 * @param value      the figure (a {@link dev.hearth.domain.money.Pence}, a {@link java.math.BigDecimal} rate, ...)
 * @param source     the legal reference or publication the figure was read in
 * @param confidence how sure we are (see {@link Confidence})
 * @param <T>        the type of the figure
 */
public record Sourced<T>(T value, String source, Confidence confidence) {
    public Sourced {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(confidence, "confidence");
    }

    public static <T> Sourced<T> primary(T value, String source) {
        return new Sourced<>(value, source, Confidence.PRIMARY);
    }

    public static <T> Sourced<T> secondary(T value, String source) {
        return new Sourced<>(value, source, Confidence.SECONDARY);
    }
}
