package dev.hearth.application.error;

import java.util.List;
import java.util.Objects;

/**
 * The one exception that crosses from the application (and from adapters, which translate their own failures into
 * it) to the driving adapters. Its detail must be safe to show a user: no personal data, no internals.
 */
public class ApplicationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorCode errorCode;
    private final transient List<FieldError> fieldErrors;

    public ApplicationException(ErrorCode errorCode, String safeDetail) {
        this(errorCode, safeDetail, List.of(), null);
    }

    public ApplicationException(ErrorCode errorCode, String safeDetail, List<FieldError> fieldErrors) {
        this(errorCode, safeDetail, fieldErrors, null);
    }

    public ApplicationException(ErrorCode errorCode, String safeDetail, List<FieldError> fieldErrors, Throwable cause) {
        super(safeDetail, cause);
        this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public ErrorCode errorCode() {
        return errorCode;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
