package dev.hearth.application.port.in.estimate;

import static dev.hearth.application.port.in.CallScope.Kind.UNSCOPED;

import dev.hearth.application.port.in.CallScope;
import dev.hearth.domain.uc.whatif.EarningsCurve;

/**
 * Draws a Universal Credit earnings curve: the award and net income as one adult's earnings rise, with the thresholds
 * between; stateless, stores nothing.
 */
@CallScope(UNSCOPED)
public interface DrawEarningsCurveUseCase {

    /**
     * @throws dev.hearth.application.error.ApplicationException {@code VALIDATION_FAILED} (with every field error and
     *         its stable code) or {@code RATES_NOT_AVAILABLE} when the request cannot be calculated on.
     */
    EarningsCurve draw(DrawEarningsCurveQuery query);
}
