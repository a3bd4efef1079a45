package dev.hearth.application.error;

import dev.hearth.domain.validation.InvalidInputException;
import dev.hearth.domain.validation.Violation;

import java.util.List;

/**
 * Turns the domain's {@link InvalidInputException} into the one {@link ApplicationException} the driving adapters
 * understand, keeping every field error. A request whose only problem is a period with no published rates answers
 * {@link ErrorCode#RATES_NOT_AVAILABLE}; anything else is {@link ErrorCode#VALIDATION_FAILED}.
 */
public final class InvalidInputTranslator {

    /** The domain's violation code for a period no rates (or calendar) are held for. */
    public static final String RATES_NOT_AVAILABLE = "rates_not_available";

    private InvalidInputTranslator() {
    }

    public static ApplicationException translate(InvalidInputException e) {
        List<FieldError> errors = e.violations().stream()
                .map(v -> new FieldError(v.field(), v.code(), v.message()))
                .toList();
        boolean onlyRates = e.violations().stream().map(Violation::code).allMatch(RATES_NOT_AVAILABLE::equals);
        return onlyRates
                ? new ApplicationException(ErrorCode.RATES_NOT_AVAILABLE,
                        "Hearth holds no rates for that period, and never falls back to another year's.", errors)
                : new ApplicationException(ErrorCode.VALIDATION_FAILED, "Some fields are not valid; see errors.", errors);
    }
}
