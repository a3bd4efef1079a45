package dev.hearth.application.port.in.estimate;

import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import dev.hearth.application.error.FieldError;
import dev.hearth.domain.uc.whatif.CircumstancesComparisonRequest;

import java.util.List;

/** The household now and its changed versions, as the domain takes them. */
public record CompareCircumstancesQuery(CircumstancesComparisonRequest request) {
    public CompareCircumstancesQuery {
        if (request == null) {
            throw new ApplicationException(ErrorCode.VALIDATION_FAILED, "A request body is required.",
                    List.of(new FieldError("$", "required", "the household now and its changed versions are required")));
        }
    }
}
