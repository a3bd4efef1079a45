package dev.hearth.domain.explain;

import java.util.Objects;

/** A named input or intermediate value shown in an explanation step, already formatted for a reader. */
public record Fact(String name, String value) {
    public Fact {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }

    public static Fact of(String name, Object value) {
        return new Fact(name, String.valueOf(value));
    }
}
