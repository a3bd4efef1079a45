package dev.hearth.adapter.in.http;

/**
 * The code behind a route: read what it needs from the request, call one {@code port.in} use case, map the result to
 * the response DTO. Throw {@code ApplicationException} or let {@code InvalidInputException} escape for errors; never
 * build an error body here (the {@link ProblemMapper} does that for every route alike).
 *
 * @param <I> request body type ({@code Void} when none)
 * @param <O> response body type ({@code Void} for 204 No Content)
 */
@FunctionalInterface
public interface RouteHandler<I, O> {

    Reply<O> handle(RouteRequest<I> request);
}
