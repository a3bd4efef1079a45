package dev.hearth.adapter.in.http;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The body of every error answer: RFC 9457 problem details ({@code application/problem+json}) with Hearth's extension
 * members {@code code}, {@code errors} and {@code traceId}. Built only by {@link ProblemMapper}. It never carries a stack
 * trace, an exception message from a library, or any value the caller sent.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details, sent as application/problem+json for every error.")
public record Problem(
        @Schema(description = "URI identifying the problem type; one per code: urn:hearth:problem:<code>.",
                example = "urn:hearth:problem:validation_failed", requiredMode = Schema.RequiredMode.REQUIRED)
        String type,
        @Schema(description = "Short, human-readable summary of the problem type; the same for every occurrence.",
                example = "The request is not valid", requiredMode = Schema.RequiredMode.REQUIRED)
        String title,
        @Schema(description = "The HTTP status code, repeated for convenience.", example = "422",
                requiredMode = Schema.RequiredMode.REQUIRED)
        int status,
        @Schema(description = "Human-readable explanation of this occurrence. Never echoes submitted values.",
                example = "2 fields are not valid.", requiredMode = Schema.RequiredMode.REQUIRED)
        String detail,
        @Schema(description = "URI identifying this occurrence: urn:hearth:request:<traceId>.",
                example = "urn:hearth:request:7f1c0a4e-2b7d-4c55-9a0e-0b7d5f9e1c2a",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String instance,
        @Schema(description = "Stable machine-readable error code; switch on this, not on title or detail.",
                example = "validation_failed", requiredMode = Schema.RequiredMode.REQUIRED)
        String code,
        @Schema(description = "Field-level problems; empty unless code is validation_failed.",
                requiredMode = Schema.RequiredMode.REQUIRED)
        List<FieldProblem> errors,
        @Schema(description = "The request id (X-Request-Id). Quote it when reporting a problem: the logs carry it.",
                example = "7f1c0a4e-2b7d-4c55-9a0e-0b7d5f9e1c2a", requiredMode = Schema.RequiredMode.REQUIRED)
        String traceId) {

    public Problem {
        errors = List.copyOf(errors);
    }

    /**
     * One field that failed validation.
     *
     * @param field   the field's path as the caller wrote it, e.g. {@code children[1].dateOfBirth}
     * @param code    stable snake_case code, e.g. {@code must_not_be_negative}
     * @param message plain English, never echoing the value
     */
    @Schema(name = "FieldProblem", description = "One field that failed validation.")
    public record FieldProblem(
            @Schema(description = "Path of the field as sent, e.g. children[1].dateOfBirth; empty for the whole body.",
                    example = "children[1].dateOfBirth", requiredMode = Schema.RequiredMode.REQUIRED)
            String field,
            @Schema(description = "Stable snake_case code.", example = "must_not_be_in_future",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            String code,
            @Schema(description = "Plain-English message; never echoes the value.",
                    example = "A date of birth cannot be in the future.", requiredMode = Schema.RequiredMode.REQUIRED)
            String message) {
    }
}
