package dev.hearth.domain.explain;

import java.util.Objects;

/**
 * A named input or intermediate value shown in an explanation step, already formatted for a reader.
 *
 * @param name  what the value is
 * @param value the value as a reader sees it (money as pounds, e.g. £1,234.56; dates as ISO dates)
 */
public record Fact(String name, String value) {
    public Fact {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }

    public static Fact of(String name, Object value) {
        return new Fact(name, String.valueOf(value));
    }
}
