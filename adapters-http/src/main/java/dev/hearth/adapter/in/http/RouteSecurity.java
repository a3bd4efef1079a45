package dev.hearth.adapter.in.http;

import java.util.List;
import java.util.Objects;

/**
 * Who may call a route, declared with the route. {@link #none()} is a public route (health, estimates with no stored
 * data). The others need a bearer credential carrying every one of the given scopes (checked against what the account
 * holds now, ADR 0021); they appear in the OpenAPI document, and {@link HttpServer} checks the credential and the
 * scopes before the route's body is read or its handler runs (401 {@code unauthenticated}, 403 {@code forbidden}):
 * <ul>
 *   <li>{@link #bearer(String...)}: any credential: a Hearth access token, an API key or an external token;</li>
 *   <li>{@link #signedInPerson(String...)}: a person signed in to Hearth with their password (a Hearth access token),
 *       not an API key nor an external token (403 {@code forbidden});</li>
 *   <li>{@link #recentSignIn(String...)}: as {@link #signedInPerson}, and that sign-in within the re-authentication
 *       window (403 {@code reauthentication_required}): every admin action.</li>
 * </ul>
 * A server started without an authenticator refuses to start with a protected route, so a route can never be served
 * unprotected by accident (deny by default).
 */
public final class RouteSecurity {

    /** The OpenAPI security scheme name used for bearer tokens. */
    public static final String BEARER_SCHEME = "bearerAuth";

    /** What kind of caller a protected route needs beyond its scopes. */
    public enum Caller {
        /** Any valid credential. */
        ANY_CREDENTIAL,
        /** A person signed in to Hearth with their password: a Hearth access token. */
        SIGNED_IN_PERSON,
        /** A person signed in to Hearth with their password within the re-authentication window. */
        RECENT_SIGN_IN
    }

    private static final RouteSecurity NONE = new RouteSecurity(false, List.of(), Caller.ANY_CREDENTIAL);

    private final boolean bearer;
    private final List<String> scopes;
    private final Caller caller;

    private RouteSecurity(boolean bearer, List<String> scopes, Caller caller) {
        this.bearer = bearer;
        this.scopes = List.copyOf(scopes);
        this.caller = caller;
    }

    /** Anyone may call the route. */
    public static RouteSecurity none() {
        return NONE;
    }

    /** The caller must present a bearer credential (of any kind) allowing every one of {@code scopes}. */
    public static RouteSecurity bearer(String... scopes) {
        return protectedBy(Caller.ANY_CREDENTIAL, scopes);
    }

    /** As {@link #bearer}, from a person signed in to Hearth with their password (not an API key or external token). */
    public static RouteSecurity signedInPerson(String... scopes) {
        return protectedBy(Caller.SIGNED_IN_PERSON, scopes);
    }

    /** As {@link #signedInPerson}, signed in within the re-authentication window: admin actions. */
    public static RouteSecurity recentSignIn(String... scopes) {
        return protectedBy(Caller.RECENT_SIGN_IN, scopes);
    }

    private static RouteSecurity protectedBy(Caller caller, String... scopes) {
        if (scopes.length == 0) {
            throw new IllegalArgumentException("a protected route names the scope(s) it needs (e.g. account)");
        }
        for (String scope : scopes) {
            Objects.requireNonNull(scope, "scope");
        }
        return new RouteSecurity(true, List.of(scopes), caller);
    }

    public boolean isPublic() {
        return !bearer;
    }

    public List<String> scopes() {
        return scopes;
    }

    /** What kind of caller the route needs beyond its scopes. */
    public Caller caller() {
        return caller;
    }

    /** Whether only a person signed in to Hearth with their password may call it. */
    public boolean needsSignedInPerson() {
        return caller != Caller.ANY_CREDENTIAL;
    }

    /** Whether that sign-in must be recent. */
    public boolean needsRecentSignIn() {
        return caller == Caller.RECENT_SIGN_IN;
    }

    @Override
    public String toString() {
        return bearer ? "bearer" + scopes + (caller == Caller.ANY_CREDENTIAL ? "" : " " + caller) : "none";
    }
}
