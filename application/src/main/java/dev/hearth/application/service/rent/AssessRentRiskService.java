package dev.hearth.application.service.rent;

import dev.hearth.application.error.InvalidInputTranslator;
import dev.hearth.application.port.in.rent.AssessRentRiskQuery;
import dev.hearth.application.port.in.rent.AssessRentRiskUseCase;
import dev.hearth.domain.rent.RentRiskAssessment;
import dev.hearth.domain.rent.RentRiskAssessor;
import dev.hearth.domain.validation.InvalidInputException;

/** Runs the pure rent-risk assessor; stateless. */
public final class AssessRentRiskService implements AssessRentRiskUseCase {

    @Override
    public RentRiskAssessment assess(AssessRentRiskQuery query) {
        try {
            return RentRiskAssessor.assess(query.request());
        } catch (InvalidInputException e) {
            throw InvalidInputTranslator.translate(e);
        }
    }
}
