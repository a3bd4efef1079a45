package dev.hearth.domain.explain;

import java.util.Objects;

/**
 * Something the result depends on that is not certain: who said it, and what it is.
 *
 * @param id     a stable id for the assumption, so a client can match it to its own wording
 * @param source USER_SUPPLIED, DEFAULTED, INFERRED or UNCONFIRMED_RULE: how far to trust it
 * @param text   the assumption in plain English
 */
public record Assumption(String id, AssumptionSource source, String text) {
    public Assumption {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
    }
}
