/**
 * The HTTP driving adapter (Javalin). Start at {@link dev.hearth.adapter.in.http.HttpServer} (the one entry bootstrap
 * calls) and {@link dev.hearth.adapter.in.http.RouteDefinition} (how a route is declared once, for both the Javalin
 * handler and the OpenAPI document). Every error leaves through {@link dev.hearth.adapter.in.http.ProblemMapper} as
 * RFC 9457 {@code application/problem+json}. Handlers call {@code port.in} use cases only.
 */
package dev.hearth.adapter.in.http;
