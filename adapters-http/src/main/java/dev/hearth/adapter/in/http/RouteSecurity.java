package dev.hearth.adapter.in.http;

import java.util.List;
import java.util.Objects;

/**
 * Who may call a route, declared with the route. {@link #none()} is a public route (health, estimates with no stored
 * data). {@link #bearer(String...)} needs an access token with the given scopes; it appears in the OpenAPI document,
 * and {@link HttpServer} checks the token and the scopes before the route's body is read or its handler runs (401
 * {@code unauthenticated}, 403 {@code forbidden}). A server started without an authenticator refuses to start with
 * such a route, so a route can never be served unprotected by accident (deny by default).
 */
public final class RouteSecurity {

    /** The OpenAPI security scheme name used for bearer tokens. */
    public static final String BEARER_SCHEME = "bearerAuth";

    private static final RouteSecurity NONE = new RouteSecurity(false, List.of());

    private final boolean bearer;
    private final List<String> scopes;

    private RouteSecurity(boolean bearer, List<String> scopes) {
        this.bearer = bearer;
        this.scopes = List.copyOf(scopes);
    }

    /** Anyone may call the route. */
    public static RouteSecurity none() {
        return NONE;
    }

    /** The caller must present a bearer access token carrying every one of {@code scopes}. */
    public static RouteSecurity bearer(String... scopes) {
        for (String scope : scopes) {
            Objects.requireNonNull(scope, "scope");
        }
        return new RouteSecurity(true, List.of(scopes));
    }

    public boolean isPublic() {
        return !bearer;
    }

    public List<String> scopes() {
        return scopes;
    }

    @Override
    public String toString() {
        return bearer ? "bearer" + scopes : "none";
    }
}
