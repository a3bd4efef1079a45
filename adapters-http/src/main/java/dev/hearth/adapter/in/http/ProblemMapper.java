package dev.hearth.adapter.in.http;

import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import dev.hearth.application.error.FieldError;
import dev.hearth.domain.money.Pence;
import dev.hearth.domain.validation.InvalidInputException;
import dev.hearth.domain.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place an error becomes an HTTP answer. Every {@link ErrorCode} has exactly one status and title here, in
 * exhaustive {@code switch} expressions: adding a code without mapping it does not compile. {@link HttpServer} sends
 * every failure through {@link #toProblem(Throwable, String)}: application and domain errors, Javalin's own 404/405,
 * body problems (400/413/415/422), arithmetic that would overflow (422 {@code validation_failed}: the request's
 * numbers are too large, never a 500) and anything unexpected (500, logged with its trace id; the answer says nothing
 * about it).
 */
public final class ProblemMapper {

    /** The media type of every error answer. */
    public static final String PROBLEM_JSON = "application/problem+json";

    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);
    private static final String TYPE_PREFIX = "urn:hearth:problem:";
    private static final String INSTANCE_PREFIX = "urn:hearth:request:";
    /** The detail of a calculation whose numbers would not fit: never which ones, never the values. */
    static final String NUMBERS_TOO_LARGE = "The numbers in this request are too large to calculate with; each money "
            + "field accepts at most " + Pence.MAX_INPUT_PENCE + " pence (" + Pence.MAX_INPUT + ").";

    private ProblemMapper() {
    }

    /** The HTTP status of a code. */
    public static int status(ErrorCode code) {
        return switch (code) {
            case MALFORMED_REQUEST, IDEMPOTENCY_KEY_MISSING -> 400;
            case UNAUTHENTICATED, INVALID_CREDENTIALS -> 401;
            case FORBIDDEN, REAUTHENTICATION_REQUIRED -> 403;
            case NOT_FOUND -> 404;
            case METHOD_NOT_ALLOWED -> 405;
            case PAYLOAD_TOO_LARGE -> 413;
            case UNSUPPORTED_MEDIA_TYPE -> 415;
            case IDEMPOTENCY_KEY_IN_USE -> 409;
            case VALIDATION_FAILED, RATES_NOT_AVAILABLE, IDEMPOTENCY_KEY_REUSED -> 422;
            case VERSION_MISMATCH -> 412;
            case IF_MATCH_REQUIRED -> 428;
            case TOO_MANY_REQUESTS, RATE_LIMITED -> 429;
            case INTERNAL -> 500;
            case SERVICE_UNAVAILABLE, WRITES_UNAVAILABLE -> 503;
        };
    }

    /** The short, fixed title of a code. */
    public static String title(ErrorCode code) {
        return switch (code) {
            case VALIDATION_FAILED -> "The request is not valid";
            case MALFORMED_REQUEST -> "The request body could not be read";
            case UNSUPPORTED_MEDIA_TYPE -> "Unsupported content type";
            case PAYLOAD_TOO_LARGE -> "The request body is too large";
            case NOT_FOUND -> "Not found";
            case METHOD_NOT_ALLOWED -> "Method not allowed";
            case RATES_NOT_AVAILABLE -> "No rates for that period";
            case VERSION_MISMATCH -> "This was changed since you read it";
            case IF_MATCH_REQUIRED -> "Say which version you are changing";
            case WRITES_UNAVAILABLE -> "Changes cannot be saved just now";
            case UNAUTHENTICATED -> "Sign in to continue";
            case INVALID_CREDENTIALS -> "Those sign-in details did not work";
            case FORBIDDEN -> "Not allowed";
            case REAUTHENTICATION_REQUIRED -> "Sign in again to do this";
            case TOO_MANY_REQUESTS -> "Too many attempts";
            case IDEMPOTENCY_KEY_MISSING -> "Send an Idempotency-Key";
            case IDEMPOTENCY_KEY_REUSED -> "That Idempotency-Key was used for a different request";
            case IDEMPOTENCY_KEY_IN_USE -> "A request with that Idempotency-Key is still running";
            case RATE_LIMITED -> "Too many requests";
            case SERVICE_UNAVAILABLE -> "Temporarily unavailable";
            case INTERNAL -> "Something went wrong on our side";
        };
    }

    /** The detail used when the error carries none of its own. */
    static String defaultDetail(ErrorCode code) {
        return switch (code) {
            case VALIDATION_FAILED -> "Some fields are not valid; see errors.";
            case MALFORMED_REQUEST -> "The request body is not well-formed JSON.";
            case UNSUPPORTED_MEDIA_TYPE -> "Send the request body as application/json.";
            case PAYLOAD_TOO_LARGE -> "The request body is larger than this server accepts.";
            case NOT_FOUND -> "There is nothing at this address.";
            case METHOD_NOT_ALLOWED -> "This address does not accept that method; the Allow header lists those it does.";
            case RATES_NOT_AVAILABLE -> "Hearth has no published rates for the requested period.";
            case VERSION_MISMATCH -> "Someone changed this after you read it, so nothing was changed. Read it again, "
                    + "check the change still makes sense, and send it with the new ETag in If-Match.";
            case IF_MATCH_REQUIRED -> "Send the ETag you read in an If-Match header, so a change made meanwhile is "
                    + "never overwritten.";
            case WRITES_UNAVAILABLE -> "Your information is safe and can still be read, but changes cannot be saved "
                    + "for a short while. Nothing you saved is lost. Please try again in a minute.";
            case SERVICE_UNAVAILABLE -> "A service Hearth needs is not answering. Please try again shortly.";
            case UNAUTHENTICATED -> "A valid access token is needed. Sign in again, or refresh your session.";
            case INVALID_CREDENTIALS -> "That e-mail address and password do not match an account.";
            case FORBIDDEN -> "Your access token does not allow this.";
            case REAUTHENTICATION_REQUIRED -> "This needs a recent sign-in. Sign in again with your password (a "
                    + "refreshed session does not count), then retry.";
            case TOO_MANY_REQUESTS -> "Too many attempts. Please wait a little (see Retry-After) and try again.";
            case IDEMPOTENCY_KEY_MISSING -> "Changes need an Idempotency-Key header (a new UUID for each change, the "
                    + "same one when retrying it), so a retry never does the change twice.";
            case IDEMPOTENCY_KEY_REUSED -> "This Idempotency-Key was already used for a different request, so nothing "
                    + "was done. Use a new key for a new change.";
            case IDEMPOTENCY_KEY_IN_USE -> "The first request with this Idempotency-Key is still being processed, so "
                    + "nothing was done. Retry after Retry-After seconds to get its answer.";
            case RATE_LIMITED -> "Too many requests of this kind. Please wait (see Retry-After) and try again.";
            case INTERNAL -> "An unexpected error occurred. If it keeps happening, quote the traceId.";
        };
    }

    /** The problem {@code type} URI of a code. */
    public static String type(ErrorCode code) {
        return TYPE_PREFIX + code.code();
    }

    /** A problem for a code, with a safe detail (or the default one) and field errors. */
    public static Problem toProblem(ErrorCode code, String safeDetail, List<FieldError> fieldErrors, String traceId) {
        List<Problem.FieldProblem> errors = new ArrayList<>(fieldErrors.size());
        for (FieldError e : fieldErrors) {
            errors.add(new Problem.FieldProblem(e.field(), e.code(), e.message()));
        }
        String detail = safeDetail == null || safeDetail.isBlank() ? defaultDetail(code) : safeDetail;
        return new Problem(type(code), title(code), status(code), detail, INSTANCE_PREFIX + traceId, code.code(),
                errors, traceId);
    }

    /**
     * The problem for anything thrown while handling a request. Only {@link ApplicationException} details (documented
     * as safe to show) and domain {@link Violation}s reach the caller; anything else becomes {@code internal_error}
     * and is logged here with the trace id so the two can be joined.
     */
    public static Problem toProblem(Throwable failure, String traceId) {
        if (failure instanceof ApplicationException e) {
            ErrorCode code = e.errorCode();
            if (status(code) >= 500) {
                LOG.error("request failed: {} (traceId {})", code.code(), traceId, e);
            }
            return toProblem(code, e.getMessage(), e.fieldErrors(), traceId);
        }
        if (failure instanceof InvalidInputException e) {
            List<FieldError> fields = new ArrayList<>();
            for (Violation v : e.violations()) {
                fields.add(new FieldError(v.field(), v.code(), v.message()));
            }
            return toProblem(ErrorCode.VALIDATION_FAILED, validationDetail(fields.size()), fields, traceId);
        }
        if (failure instanceof ArithmeticException) {
            // Exact arithmetic refused to wrap: the request's numbers are beyond what can be calculated with. Every
            // money field is bounded in validation so this should not happen; logged so a missed bound is seen.
            LOG.warn("arithmetic overflow answered as validation_failed (traceId {})", traceId, failure);
            return toProblem(ErrorCode.VALIDATION_FAILED, NUMBERS_TOO_LARGE, List.of(), traceId);
        }
        LOG.error("unexpected failure (traceId {})", traceId, failure);
        return toProblem(ErrorCode.INTERNAL, null, List.of(), traceId);
    }

    /** The detail of a validation problem: how many fields, never which values. */
    public static String validationDetail(int fields) {
        return fields == 1 ? "1 field is not valid; see errors." : fields + " fields are not valid; see errors.";
    }
}
