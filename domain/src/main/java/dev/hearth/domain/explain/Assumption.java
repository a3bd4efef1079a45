package dev.hearth.domain.explain;

import java.util.Objects;

/** Something the result depends on that is not certain: who said it, and what it is. */
public record Assumption(String id, AssumptionSource source, String text) {
    public Assumption {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
    }
}
