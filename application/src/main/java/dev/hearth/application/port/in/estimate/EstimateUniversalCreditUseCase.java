package dev.hearth.application.port.in.estimate;

import static dev.hearth.application.port.in.CallScope.Kind.UNSCOPED;

import dev.hearth.application.port.in.CallScope;
import dev.hearth.domain.uc.UcEstimate;

/** Estimates Universal Credit for one monthly assessment period from a household's facts; stateless, stores nothing. */
@CallScope(UNSCOPED)
public interface EstimateUniversalCreditUseCase {

    /**
     * @throws dev.hearth.application.error.ApplicationException {@code VALIDATION_FAILED} or {@code RATES_NOT_AVAILABLE}
     *         with every field error when the facts cannot be calculated on. A nil award is a result, not an error.
     */
    UcEstimate estimate(EstimateUniversalCreditQuery query);
}
