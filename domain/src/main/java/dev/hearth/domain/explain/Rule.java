package dev.hearth.domain.explain;

import java.util.Objects;

/**
 * One named rule an engine applies: a stable id (used in explanations, the rules catalogue in {@code docs/rules/} and
 * tests), a plain-English title, and the legal reference an auditor can look up.
 */
public record Rule(String id, String title, String legalReference) {
    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(legalReference, "legalReference");
    }
}
