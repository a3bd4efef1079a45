package dev.hearth.domain.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects violations while checking an input, then throws them all at once.
 *
 * <p>Most inputs are valid, so the list is made only when the first violation is added: checking a valid input
 * allocates nothing here beyond this collector.
 */
public final class Violations {

    /** The violations found, in the order added; {@code null} until the first one. */
    private List<Violation> found;

    public Violations add(String field, String code, String message) {
        if (found == null) {
            found = new ArrayList<>(4);
        }
        found.add(new Violation(field, code, message));
        return this;
    }

    /** Adds a violation when {@code condition} is false. */
    public Violations require(boolean condition, String field, String code, String message) {
        if (!condition) {
            add(field, code, message);
        }
        return this;
    }

    public boolean isEmpty() {
        return found == null;
    }

    public List<Violation> list() {
        return found == null ? List.of() : List.copyOf(found);
    }

    public void throwIfAny() {
        if (found != null) {
            throw new InvalidInputException(found);
        }
    }
}
