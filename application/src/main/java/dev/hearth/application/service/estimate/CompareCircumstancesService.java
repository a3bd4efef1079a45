package dev.hearth.application.service.estimate;

import dev.hearth.application.error.InvalidInputTranslator;
import dev.hearth.application.port.in.estimate.CompareCircumstancesQuery;
import dev.hearth.application.port.in.estimate.CompareCircumstancesUseCase;
import dev.hearth.domain.uc.whatif.CircumstanceComparisons;
import dev.hearth.domain.uc.whatif.CircumstancesComparison;
import dev.hearth.domain.validation.InvalidInputException;

/** Runs the pure changes-of-circumstances comparison ({@link CircumstanceComparisons}); stateless. */
public final class CompareCircumstancesService implements CompareCircumstancesUseCase {

    @Override
    public CircumstancesComparison compare(CompareCircumstancesQuery query) {
        try {
            return CircumstanceComparisons.compare(query.request());
        } catch (InvalidInputException e) {
            throw InvalidInputTranslator.translate(e);
        }
    }
}
