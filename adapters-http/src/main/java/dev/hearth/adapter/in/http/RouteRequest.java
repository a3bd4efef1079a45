package dev.hearth.adapter.in.http;

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

    /** A query parameter, if present. */
    Optional<String> queryParam(String name);

    /** A request header, if present. */
    Optional<String> header(String name);

    /** The id of this request, also in every log line and in any problem+json body ({@code traceId}). */
    String requestId();
}
