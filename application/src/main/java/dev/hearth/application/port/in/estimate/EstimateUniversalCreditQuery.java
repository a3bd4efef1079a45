package dev.hearth.application.port.in.estimate;

import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import dev.hearth.application.error.FieldError;
import dev.hearth.domain.uc.UcEstimateRequest;

import java.util.List;

/** The household's facts for one assessment period, as the domain engine takes them. */
public record EstimateUniversalCreditQuery(UcEstimateRequest request) {
    public EstimateUniversalCreditQuery {
        if (request == null) {
            throw new ApplicationException(ErrorCode.VALIDATION_FAILED, "A request body is required.",
                    List.of(new FieldError("$", "required", "the household's facts are required")));
        }
    }
}
