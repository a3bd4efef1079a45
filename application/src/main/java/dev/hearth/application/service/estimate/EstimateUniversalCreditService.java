package dev.hearth.application.service.estimate;

import dev.hearth.application.error.InvalidInputTranslator;
import dev.hearth.application.port.in.estimate.EstimateUniversalCreditQuery;
import dev.hearth.application.port.in.estimate.EstimateUniversalCreditUseCase;
import dev.hearth.domain.uc.UcEstimate;
import dev.hearth.domain.uc.UniversalCredit;
import dev.hearth.domain.validation.InvalidInputException;

/** Runs the pure Universal Credit engine; stateless. */
public final class EstimateUniversalCreditService implements EstimateUniversalCreditUseCase {

    @Override
    public UcEstimate estimate(EstimateUniversalCreditQuery query) {
        try {
            return UniversalCredit.estimate(query.request());
        } catch (InvalidInputException e) {
            throw InvalidInputTranslator.translate(e);
        }
    }
}
