package dev.hearth.application.error;

/**
 * Every error Hearth can answer with. The code string is part of the public API (it appears as {@code code} in every
 * problem+json body) and never changes once published. adapters-http maps each constant exhaustively.
 */
public enum ErrorCode {
    /** The request body or parameters failed validation; field errors say which. */
    VALIDATION_FAILED("validation_failed"),
    /** The body is not well-formed JSON, or not the JSON shape the route expects. */
    MALFORMED_REQUEST("malformed_request"),
    /** The Content-Type is not one the route accepts. */
    UNSUPPORTED_MEDIA_TYPE("unsupported_media_type"),
    /** The body is larger than the server accepts. */
    PAYLOAD_TOO_LARGE("payload_too_large"),
    /** No route at that path. */
    NOT_FOUND("not_found"),
    /** The route exists but not with that method. */
    METHOD_NOT_ALLOWED("method_not_allowed"),
    /** No rates are published for the requested period; Hearth never falls back to another year. */
    RATES_NOT_AVAILABLE("rates_not_available"),
    /**
     * A change was sent with an {@code If-Match} version that is no longer current: someone (or another device) changed
     * the resource since it was read. Nothing was changed; read it again and re-apply the change.
     */
    VERSION_MISMATCH("version_mismatch"),
    /** A change was sent without {@code If-Match}; changes to stored facts must say which version they change. */
    IF_MATCH_REQUIRED("if_match_required"),
    /**
     * The primary database is unreachable, so changes cannot be saved for now; reads still answer (possibly delayed)
     * from a replica. Nothing already saved is lost; try again after {@code Retry-After} seconds.
     */
    WRITES_UNAVAILABLE("writes_unavailable"),
    /**
     * The request needs an access token and carries none, or one that is not valid (bad signature, expired, wrong
     * issuer or audience, unknown key, account gone, ...), or a refresh token that is unknown, expired or revoked. Which
     * check failed is recorded in the audit trail, never told to the caller.
     */
    UNAUTHENTICATED("unauthenticated"),
    /**
     * Logging in failed. The same answer whether the account does not exist or the password is wrong, so nobody can
     * learn from it who has an account.
     */
    INVALID_CREDENTIALS("invalid_credentials"),
    /**
     * The credential is valid but does not allow this: it lacks a scope the route requires (or the account no longer
     * holds it), or the route needs a person signed in with their password and the caller used an API key or an
     * external issuer's token (ADR 0021).
     */
    FORBIDDEN("forbidden"),
    /**
     * An admin action needs a recent password sign-in: the session's sign-in ({@code auth_time}) is older than
     * {@code HEARTH_REAUTHENTICATION_MINUTES}. Sign in again (a refresh does not count) and retry (ADR 0021).
     */
    REAUTHENTICATION_REQUIRED("reauthentication_required"),
    /** Too many attempts (failed logins, registrations) from this account or address; retry after {@code Retry-After}. */
    TOO_MANY_REQUESTS("too_many_requests"),
    /**
     * A state-changing request came without an {@code Idempotency-Key} header, or with one that is not 1 to 255 visible
     * ASCII characters (ADR 0026). Nothing was done.
     */
    IDEMPOTENCY_KEY_MISSING("idempotency_key_missing"),
    /**
     * The {@code Idempotency-Key} was already used by this caller for a different request (another method, path,
     * {@code If-Match} or body) within the last 24 hours. Nothing was done; use a new key for a new change.
     */
    IDEMPOTENCY_KEY_REUSED("idempotency_key_reused"),
    /**
     * A request with this {@code Idempotency-Key} is still being processed. Nothing was done; retry after
     * {@code Retry-After} to get its answer.
     */
    IDEMPOTENCY_KEY_IN_USE("idempotency_key_in_use"),
    /**
     * More requests of this kind than the limit allows per API key, account or client address (ADR 0027); the
     * {@code RateLimit} header says which quota ran out. Retry after {@code Retry-After}.
     */
    RATE_LIMITED("rate_limited"),
    /** A dependency Hearth needs for this request is down; try again later. */
    SERVICE_UNAVAILABLE("service_unavailable"),
    /** Something unexpected failed inside Hearth; details are in the logs under the trace id, never in the answer. */
    INTERNAL("internal_error");

    private final String code;

    ErrorCode(String code) {
        this.code = code;
    }

    /** The stable, public machine-readable code. */
    public String code() {
        return code;
    }
}
