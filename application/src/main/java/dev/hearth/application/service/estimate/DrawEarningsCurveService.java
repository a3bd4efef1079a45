package dev.hearth.application.service.estimate;

import dev.hearth.application.error.InvalidInputTranslator;
import dev.hearth.application.port.in.estimate.DrawEarningsCurveQuery;
import dev.hearth.application.port.in.estimate.DrawEarningsCurveUseCase;
import dev.hearth.domain.uc.whatif.EarningsCurve;
import dev.hearth.domain.uc.whatif.EarningsCurves;
import dev.hearth.domain.validation.InvalidInputException;

/** Runs the pure earnings curve over the Universal Credit engine ({@link EarningsCurves}); stateless. */
public final class DrawEarningsCurveService implements DrawEarningsCurveUseCase {

    @Override
    public EarningsCurve draw(DrawEarningsCurveQuery query) {
        try {
            return EarningsCurves.draw(query.request());
        } catch (InvalidInputException e) {
            throw InvalidInputTranslator.translate(e);
        }
    }
}
