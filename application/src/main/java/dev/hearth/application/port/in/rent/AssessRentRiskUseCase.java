package dev.hearth.application.port.in.rent;

import static dev.hearth.application.port.in.CallScope.Kind.UNSCOPED;

import dev.hearth.application.port.in.CallScope;
import dev.hearth.domain.rent.RentRiskAssessment;

/** Assesses how close a tenancy is to possession for rent arrears, and what help (managed payment) is open. */
@CallScope(UNSCOPED)
public interface AssessRentRiskUseCase {

    /** @throws dev.hearth.application.error.ApplicationException {@code VALIDATION_FAILED} with every field error */
    RentRiskAssessment assess(AssessRentRiskQuery query);
}
