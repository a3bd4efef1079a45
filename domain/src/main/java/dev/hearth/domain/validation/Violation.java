package dev.hearth.domain.validation;

import java.util.Objects;

/**
 * One thing wrong with an input: the field's path as the caller named it (e.g. {@code people[1].dateOfBirth}), a stable
 * machine code (e.g. {@code must_not_be_negative}) and a plain-English message that never echoes the submitted value.
 */
public record Violation(String field, String code, String message) {
    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
