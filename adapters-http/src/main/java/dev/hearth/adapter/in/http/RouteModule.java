package dev.hearth.adapter.in.http;

import java.util.List;

/**
 * A group of routes for one area of the API (health, estimates, households, ...). Implement it with a constructor that
 * takes the {@code port.in} use cases the routes call, then add the instance to the list bootstrap hands to
 * {@link HttpServer}. The same list produces the OpenAPI document, so a route that is served is always documented.
 */
public interface RouteModule {

    /** The routes of this area, each declared once with {@link RouteDefinition}. */
    List<RouteDefinition<?, ?>> routes();
}
