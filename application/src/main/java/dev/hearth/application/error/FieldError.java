package dev.hearth.application.error;

import java.util.Objects;

/** One field-level problem: the field's path in the request, a stable code and a message that never echoes the value. */
public record FieldError(String field, String code, String message) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
