package dev.hearth.adapter.in.http.auth;

import dev.hearth.adapter.in.http.Reply;
import dev.hearth.adapter.in.http.RouteDefinition;
import dev.hearth.adapter.in.http.RouteModule;
import dev.hearth.adapter.in.http.RouteSecurity;
import dev.hearth.application.error.ErrorCode;
import dev.hearth.application.port.in.auth.AuthUseCases;
import dev.hearth.application.port.in.auth.GetCurrentAccountQuery;
import dev.hearth.application.port.in.auth.LogInCommand;
import dev.hearth.application.port.in.auth.LogOutCommand;
import dev.hearth.application.port.in.auth.RefreshSessionCommand;
import dev.hearth.application.port.in.auth.RegisterAccountCommand;
import dev.hearth.application.port.in.auth.RotateSigningKeyCommand;
import dev.hearth.application.port.in.auth.Scopes;
import java.util.List;
import java.util.Objects;

/**
 * Accounts and sessions: {@code /v1/auth/*}, the JWKS at {@code /.well-known/jwks.json} and the admin signing-key
 * rotation. Refresh and log-out take the refresh token in the body (never in a URL, where logs would keep it).
 */
public final class AuthRoutes implements RouteModule {

    /** Where the public keys are published. */
    public static final String JWKS_PATH = "/.well-known/jwks.json";

    private final AuthUseCases auth;

    public AuthRoutes(AuthUseCases auth) {
        this.auth = Objects.requireNonNull(auth, "auth");
    }

    @Override
    public List<RouteDefinition<?, ?>> routes() {
        return List.of(
                RouteDefinition.post("/v1/auth/register")
                        .operationId("registerAccount")
                        .summary("Register an account")
                        .description("Registers the address with the password (12 to 256 characters). The answer is "
                                + "the same whether or not the address already has an account, so it never reveals "
                                + "who uses Hearth: log in next. At most 10 registrations an hour per client address.")
                        .tags("auth")
                        .requestBody(CredentialsRequest.class, "The login address and the chosen password")
                        .success(202, "Accepted: log in with the address and password")
                        .errors(ErrorCode.TOO_MANY_REQUESTS)
                        .handle(RegistrationResponse.class, request -> {
                            CredentialsRequest body = request.body();
                            auth.register().register(new RegisterAccountCommand(body.email(), body.password(),
                                    request.clientAddress(), request.callContext()));
                            return RegistrationResponse.ACCEPTED;
                        }),
                RouteDefinition.post("/v1/auth/login")
                        .operationId("logIn")
                        .summary("Log in with an e-mail address and a password")
                        .description("Returns a 10-minute access token and a single-use refresh token. A wrong "
                                + "password and an unknown address get the same 401 invalid_credentials. Failures "
                                + "are throttled, never locked out: after 5 in a row for one address from one client "
                                + "address, that client waits 5 seconds, doubling with each further failure up to 15 "
                                + "minutes (a success resets it; other clients are not held back); 20 failures from "
                                + "one client address in 15 minutes, whatever the account, also wait. While waiting: "
                                + "429 with Retry-After.")
                        .tags("auth")
                        .requestBody(CredentialsRequest.class, "The login address and password")
                        .errors(ErrorCode.INVALID_CREDENTIALS, ErrorCode.TOO_MANY_REQUESTS)
                        .handle(SessionResponse.class, request -> SessionResponse.from(auth.logIn().logIn(
                                new LogInCommand(request.body().email(), request.body().password(),
                                        request.clientAddress(), request.callContext())))),
                RouteDefinition.post("/v1/auth/refresh")
                        .operationId("refreshSession")
                        .summary("Exchange a refresh token for a new pair")
                        .description("Each refresh token works once: the answer carries its successor. Presenting a "
                                + "used one again ends the whole session (someone else may hold a copy), except one "
                                + "retry within 10 seconds when the previous answer was lost.")
                        .tags("auth")
                        .requestBody(RefreshTokenRequest.class, "The refresh token last received")
                        .errors(ErrorCode.UNAUTHENTICATED)
                        .handle(SessionResponse.class, request -> SessionResponse.from(auth.refresh().refresh(
                                new RefreshSessionCommand(request.body().refreshToken(), request.callContext(),
                                        request.clientAddress())))),
                RouteDefinition.post("/v1/auth/logout")
                        .operationId("logOut")
                        .summary("End a session")
                        .description("Revokes the refresh token and every other token of its session, the access "
                                + "tokens included: from the moment this answers, every Hearth instance refuses them "
                                + "(401). Always 204, whatever the token.")
                        .tags("auth")
                        .requestBody(RefreshTokenRequest.class, "The session's refresh token")
                        .handle(Void.class, request -> {
                            auth.logOut().logOut(new LogOutCommand(request.body().refreshToken(),
                                    request.callContext()));
                            return null;
                        }),
                RouteDefinition.get("/v1/auth/me")
                        .operationId("getCurrentAccount")
                        .summary("The signed-in account")
                        .tags("auth")
                        .security(RouteSecurity.bearer(Scopes.ACCOUNT))
                        .handle(AccountResponse.class, request -> AccountResponse.from(auth.currentAccount().get(
                                new GetCurrentAccountQuery(request.caller().orElseThrow(), request.requestId())))),
                RouteDefinition.get(JWKS_PATH)
                        .operationId("getJsonWebKeySet")
                        .summary("The public keys that verify access tokens (JWKS)")
                        .description("ES256 (P-256) keys: the signing key, a successor published before it signs, "
                                + "and retired keys until their tokens expire. Cacheable for 5 minutes.")
                        .tags("auth")
                        .handleReply(JwksResponse.class, request -> {
                            var published = auth.publishedKeys().list();
                            return Reply.of(200, JwksResponse.from(published)).withHeader("Cache-Control",
                                    "public, max-age=" + published.cacheFor().toSeconds());
                        }),
                RouteDefinition.post("/v1/admin/signing-keys/rotate")
                        .operationId("rotateSigningKey")
                        .summary("Rotate the access-token signing key")
                        .description("Publishes a new key now; it signs after 10 minutes (longer than the JWKS may "
                                + "be cached) and the current key then retires, verifying its tokens until they "
                                + "expire. Nobody is signed out. Nothing changes while a new key is already pending. "
                                + "Needs the admin:signing-keys scope (accounts listed in HEARTH_ADMIN_ACCOUNT_IDS now) and "
                                + "a password sign-in within HEARTH_REAUTHENTICATION_MINUTES (default 15): an API key "
                                + "or external token is 403 forbidden, an older sign-in 403 reauthentication_required.")
                        .tags("admin")
                        .security(RouteSecurity.recentSignIn(Scopes.ADMIN_SIGNING_KEYS))
                        .handle(SigningKeysResponse.class, request -> SigningKeysResponse.from(
                                auth.rotateSigningKey().rotate(new RotateSigningKeyCommand(request.callContext(),
                                        RotateSigningKeyCommand.Trigger.ON_REQUEST)))));
    }
}
