package dev.hearth.adapter.in.http;

import dev.hearth.application.port.in.auth.AuthenticatedAccount;
import dev.hearth.application.port.model.CallContext;
import java.util.Optional;

/**
 * What a handler sees of a request: the body already read, parsed and checked against its DTO type, the path and query
 * parameters, headers and the request id. Handlers never touch Javalin, so they stay short and easy to test.
 *
 * @param <I> the request body type the route declares ({@code Void} when it takes none)
 */
public interface RouteRequest<I> {

    /**
     * The parsed request body. Content type, size and JSON shape were already checked; a problem there answered
     * 400/413/415/422 before the handler ran.
     *
     * @throws IllegalStateException when the route declares no request body
     */
    I body();

    /** A path parameter declared in the route's path, e.g. {@code id} for {@code /v1/households/{id}}. */
    String pathParam(String name);

    /**
     * A path parameter that must be a UUID, such as a household id. Anything else is simply not found (there is
     * nothing at that address), so a malformed id and an unknown one answer alike: 404 {@code not_found}.
     */
    default java.util.UUID uuidPathParam(String name) {
        String text = pathParam(name);
        if (text != null && text.length() == 36) {
            try {
                return java.util.UUID.fromString(text);
            } catch (IllegalArgumentException e) {
                // falls through to not found
            }
        }
        throw new dev.hearth.application.error.ApplicationException(
                dev.hearth.application.error.ErrorCode.NOT_FOUND, null);
    }

    /** A query parameter, if present. */
    Optional<String> queryParam(String name);

    /** A request header, if present. */
    Optional<String> header(String name);

    /** The id of this request, also in every log line and in any problem+json body ({@code traceId}). */
    String requestId();

    /**
     * The caller, established from the bearer token before the handler ran: always present on a route declared
     * {@link RouteSecurity#bearer(String...)} (with every scope it requires), empty on a public route.
     */
    Optional<AuthenticatedAccount> caller();

    /**
     * The client's network address, for throttling only: never store or log it. The TCP peer, or behind a trusted
     * reverse proxy the address its {@code X-Forwarded-For} gives ({@link TrustedProxies}).
     */
    String clientAddress();

    /** Who calls under which request, for use cases and the audit trail: the caller's account id, or anonymous. */
    default CallContext callContext() {
        return caller().map(c -> c.callContext(requestId()))
                .orElseGet(() -> new CallContext(CallContext.UNAUTHENTICATED_ACTOR, requestId()));
    }
}
