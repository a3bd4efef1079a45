package dev.hearth.application.error;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The one exception that crosses from the application (and from adapters, which translate their own failures into
 * it) to the driving adapters. Its detail must be safe to show a user: no personal data, no internals.
 */
public class ApplicationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorCode errorCode;
    private final transient List<FieldError> fieldErrors;
    private final Duration retryAfter;

    public ApplicationException(ErrorCode errorCode, String safeDetail) {
        this(errorCode, safeDetail, List.of(), null);
    }

    public ApplicationException(ErrorCode errorCode, String safeDetail, List<FieldError> fieldErrors) {
        this(errorCode, safeDetail, fieldErrors, null);
    }

    public ApplicationException(ErrorCode errorCode, String safeDetail, List<FieldError> fieldErrors, Throwable cause) {
        this(errorCode, safeDetail, fieldErrors, cause, null);
    }

    /**
     * An error the caller may retry after {@code retryAfter} (sent as the {@code Retry-After} header), for example
     * {@link ErrorCode#WRITES_UNAVAILABLE} while the primary database is away.
     */
    public ApplicationException(ErrorCode errorCode, String safeDetail, List<FieldError> fieldErrors, Throwable cause,
                                Duration retryAfter) {
        super(safeDetail, cause);
        this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
        this.fieldErrors = List.copyOf(fieldErrors);
        if (retryAfter != null && (retryAfter.isNegative() || retryAfter.isZero())) {
            throw new IllegalArgumentException("retryAfter must be positive");
        }
        this.retryAfter = retryAfter;
    }

    public ErrorCode errorCode() {
        return errorCode;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    /** How long the caller should wait before trying again, when this error says. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
