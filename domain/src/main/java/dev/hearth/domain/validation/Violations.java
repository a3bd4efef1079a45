package dev.hearth.domain.validation;

import dev.hearth.domain.money.Pence;

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

    /** The code of an amount above {@link Pence#MAX_INPUT}. */
    public static final String TOO_LARGE = "too_large";

    /**
     * Adds {@value #TOO_LARGE} when {@code amount} is more than any money field accepts ({@link Pence#MAX_INPUT},
     * £10,000,000.00); {@code null} is left to the caller's own "required" check.
     */
    public Violations requireWithinInputLimit(Pence amount, String field) {
        if (amount != null && amount.isAboveInputLimit()) {
            add(field, TOO_LARGE, "an amount of money cannot be more than " + Pence.MAX_INPUT);
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
