package dev.hearth.application.port.in.rent;

import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import dev.hearth.application.error.FieldError;
import dev.hearth.domain.rent.RentRiskRequest;

import java.util.List;

/** The tenancy, arrears and housing support, as the domain assessor takes them. */
public record AssessRentRiskQuery(RentRiskRequest request) {
    public AssessRentRiskQuery {
        if (request == null) {
            throw new ApplicationException(ErrorCode.VALIDATION_FAILED, "A request body is required.",
                    List.of(new FieldError("$", "required", "the tenancy's facts are required")));
        }
    }
}
