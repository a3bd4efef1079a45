package dev.hearth.domain.validation;

import java.util.ArrayList;
import java.util.List;

/** Collects violations while checking an input, then throws them all at once. */
public final class Violations {

    private final List<Violation> found = new ArrayList<>();

    public Violations add(String field, String code, String message) {
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
        return found.isEmpty();
    }

    public List<Violation> list() {
        return List.copyOf(found);
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }
}
