package dev.hearth.application.port.in.estimate;

import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import dev.hearth.application.error.FieldError;
import dev.hearth.domain.uc.whatif.EarningsCurveRequest;

import java.util.List;

/**
 * The household, the adult whose earnings vary, the range and the step or number of points, as the domain takes
 * them.
 */
public record DrawEarningsCurveQuery(EarningsCurveRequest request) {
    public DrawEarningsCurveQuery {
        if (request == null) {
            throw new ApplicationException(ErrorCode.VALIDATION_FAILED, "A request body is required.",
                    List.of(new FieldError("$", "required",
                            "the household, the adult whose earnings vary and the range are required")));
        }
    }
}
