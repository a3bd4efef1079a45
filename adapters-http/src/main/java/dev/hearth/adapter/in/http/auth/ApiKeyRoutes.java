package dev.hearth.adapter.in.http.auth;

import dev.hearth.adapter.in.http.Reply;
import dev.hearth.adapter.in.http.RouteDefinition;
import dev.hearth.adapter.in.http.RouteModule;
import dev.hearth.adapter.in.http.RouteRequest;
import dev.hearth.adapter.in.http.RouteSecurity;
import dev.hearth.application.error.ErrorCode;
import dev.hearth.application.port.in.auth.ApiKeyUseCases;
import dev.hearth.application.port.in.auth.CreateApiKeyCommand;
import dev.hearth.application.port.in.auth.ListApiKeysQuery;
import dev.hearth.application.port.in.auth.RevokeApiKeyCommand;
import dev.hearth.application.port.in.auth.RotateApiKeyCommand;
import dev.hearth.application.port.in.auth.Scopes;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * API keys of the signed-in account ({@code /v1/auth/api-keys}, ADR 0020). A key is sent like an access token,
 * {@code Authorization: Bearer hk_...}, and acts for the account with the key's scopes. Creating and rotating need a
 * signed-in session (an API key cannot mint keys); listing and revoking work with either.
 */
public final class ApiKeyRoutes implements RouteModule {

    static final String KEYS = "/v1/auth/api-keys";
    private static final String KEY_ID = "The API key's id (UUID)";

    private final ApiKeyUseCases apiKeys;

    public ApiKeyRoutes(ApiKeyUseCases apiKeys) {
        this.apiKeys = Objects.requireNonNull(apiKeys, "apiKeys");
    }

    @Override
    public List<RouteDefinition<?, ?>> routes() {
        return List.of(
                RouteDefinition.post(KEYS)
                        .operationId("createApiKey")
                        .summary("Create an API key for a program acting for you")
                        .description("Answers the key once: Hearth stores only its SHA-256 hash. Its scopes must be "
                                + "among your access token's; it lives 1 to 365 days (90 by default). Needs a "
                                + "signed-in session: an API key cannot create keys (403). Audited as "
                                + "api_key.created.")
                        .tags("auth")
                        .security(RouteSecurity.bearer(Scopes.ACCOUNT))
                        .requestBody(CreateApiKeyRequest.class, "The key's name, scopes and lifetime")
                        .success(201, "Created; the answer holds the key, shown this once")
                        .errors(ErrorCode.FORBIDDEN)
                        .handleReply(IssuedApiKeyResponse.class, request -> {
                            CreateApiKeyRequest body = request.body();
                            var issued = apiKeys.create().create(new CreateApiKeyCommand(request.caller().orElseThrow(),
                                    body.name(), body.scopes(), body.expiresInDays(), request.callContext()));
                            return Reply.of(201, IssuedApiKeyResponse.from(issued))
                                    .withHeader("Location", KEYS + "/" + issued.key().id());
                        }),
                RouteDefinition.get(KEYS)
                        .operationId("listApiKeys")
                        .summary("List your API keys")
                        .description("Newest first, with revoked and expired ones; prefix, name, scopes, dates, last "
                                + "use and state. Never a secret.")
                        .tags("auth")
                        .security(RouteSecurity.bearer(Scopes.ACCOUNT))
                        .handle(ApiKeyListResponse.class, request -> new ApiKeyListResponse(apiKeys.list()
                                .list(new ListApiKeysQuery(request.caller().orElseThrow())).stream()
                                .map(ApiKeyResponse::from).toList())),
                RouteDefinition.post(KEYS + "/{keyId}/rotate")
                        .operationId("rotateApiKey")
                        .summary("Replace an API key, keeping the old one working for a while")
                        .description("Issues a successor with the same name and scopes and a fresh lifetime, shown "
                                + "once. The old key keeps working for the overlap window (24 hours by default, "
                                + "HEARTH_API_KEY_ROTATION_OVERLAP_HOURS), or until its own expiry if sooner; then "
                                + "it is refused. Only an active key can be rotated (422 otherwise). Needs a signed-in "
                                + "session. Audited as api_key.rotated.")
                        .tags("auth")
                        .security(RouteSecurity.bearer(Scopes.ACCOUNT))
                        .pathParam("keyId", KEY_ID)
                        .success(201, "Created; the successor's key is shown this once")
                        .errors(ErrorCode.NOT_FOUND, ErrorCode.FORBIDDEN, ErrorCode.VALIDATION_FAILED)
                        .handleReply(ApiKeyRotationResponse.class, request -> {
                            var rotation = apiKeys.rotate().rotate(new RotateApiKeyCommand(
                                    request.caller().orElseThrow(), keyId(request), request.callContext()));
                            return Reply.of(201, ApiKeyRotationResponse.from(rotation))
                                    .withHeader("Location", KEYS + "/" + rotation.successor().key().id());
                        }),
                RouteDefinition.delete(KEYS + "/{keyId}")
                        .operationId("revokeApiKey")
                        .summary("Revoke an API key")
                        .description("The key is refused from now on. Revoking a revoked key changes nothing (204). "
                                + "Works with a session or with the key itself. Audited as api_key.revoked.")
                        .tags("auth")
                        .security(RouteSecurity.bearer(Scopes.ACCOUNT))
                        .pathParam("keyId", KEY_ID)
                        .success(204, "Revoked")
                        .errors(ErrorCode.NOT_FOUND)
                        .handleReply(Void.class, request -> {
                            apiKeys.revoke().revoke(new RevokeApiKeyCommand(request.caller().orElseThrow(),
                                    keyId(request), request.callContext()));
                            return Reply.of(204, null);
                        }));
    }

    /** A UUID path segment; anything else is simply not found. */
    private static UUID keyId(RouteRequest<?> request) {
        return request.uuidPathParam("keyId");
    }
}
