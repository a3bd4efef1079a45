package dev.hearth.adapter.in.http;

/** The HTTP methods a {@link RouteDefinition} may declare. */
public enum HttpMethod {
    GET, POST, PUT, PATCH, DELETE
}
