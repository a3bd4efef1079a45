package dev.hearth.domain.validation;

import java.util.List;

/**
 * Thrown by the domain when its input cannot be calculated on (negative money, impossible dates, a period with no
 * rates). Carries every violation found, not just the first. A "not eligible" answer is a result, never this exception.
 */
public final class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super(summary(violations), null, false, false);
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an InvalidInputException needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    private static String summary(List<Violation> violations) {
        StringBuilder sb = new StringBuilder("invalid input:");
        for (Violation v : violations) {
            sb.append(' ').append(v.field()).append(" (").append(v.code()).append(')');
        }
        return sb.toString();
    }
}
