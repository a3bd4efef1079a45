package dev.hearth.application.port.in.estimate;

import static dev.hearth.application.port.in.CallScope.Kind.UNSCOPED;

import dev.hearth.application.port.in.CallScope;
import dev.hearth.domain.uc.whatif.CircumstancesComparison;

/**
 * Compares a household now with changed versions of it: the assessment period each change takes effect in and the
 * difference line by line; stateless, stores nothing.
 */
@CallScope(UNSCOPED)
public interface CompareCircumstancesUseCase {

    /**
     * @throws dev.hearth.application.error.ApplicationException {@code VALIDATION_FAILED} (with every field error and
     *         its stable code) or {@code RATES_NOT_AVAILABLE} when the request cannot be calculated on.
     */
    CircumstancesComparison compare(CompareCircumstancesQuery query);
}
