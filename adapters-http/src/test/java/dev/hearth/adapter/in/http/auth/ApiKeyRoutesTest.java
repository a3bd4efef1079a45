package dev.hearth.adapter.in.http.auth;

import static dev.hearth.adapter.in.http.RouteTestServer.ACCOUNT_ID;
import static dev.hearth.adapter.in.http.RouteTestServer.API_KEY;
import static dev.hearth.adapter.in.http.RouteTestServer.NOW;
import static dev.hearth.adapter.in.http.RouteTestServer.USER;
import static dev.hearth.adapter.in.http.RouteTestServer.assertProblem;
import static dev.hearth.adapter.in.http.RouteTestServer.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hearth.adapter.in.http.RouteModule;
import dev.hearth.adapter.in.http.RouteTestServer;
import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import dev.hearth.application.port.in.auth.ApiKeyRotation;
import dev.hearth.application.port.in.auth.ApiKeyUseCases;
import dev.hearth.application.port.in.auth.ApiKeyView;
import dev.hearth.application.port.in.auth.CreateApiKeyCommand;
import dev.hearth.application.port.in.auth.IssuedApiKey;
import dev.hearth.application.port.in.auth.Scopes;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The API-key routes over real HTTP, with stub use cases: status codes, Location, problem codes and shape. */
class ApiKeyRoutesTest {

    private static final UUID KEY = UUID.fromString("0196a0c2-0000-7000-8000-0000000000c1");
    private static final UUID SUCCESSOR = UUID.fromString("0196a0c2-0000-7000-8000-0000000000c2");
    private static final UUID UNKNOWN = UUID.fromString("0196a0c2-0000-7000-8000-0000000000ff");
    private static final List<CreateApiKeyCommand> CREATED = new CopyOnWriteArrayList<>();
    private static final List<UUID> REVOKED = new CopyOnWriteArrayList<>();
    private static RouteTestServer server;

    @BeforeAll
    static void start() {
        server = RouteTestServer.start(routes());
    }

    private static RouteModule routes() {
        return new ApiKeyRoutes(new ApiKeyUseCases(
                command -> {
                    if (command.caller().isApiKey()) {
                        throw new ApplicationException(ErrorCode.FORBIDDEN, null);
                    }
                    CREATED.add(command);
                    return new IssuedApiKey(view(KEY, "active"), "hk_secret-shown-once");
                },
                query -> List.of(view(SUCCESSOR, "active"), view(KEY, "revoked")),
                command -> {
                    if (command.keyId().equals(UNKNOWN)) {
                        throw new ApplicationException(ErrorCode.NOT_FOUND, null);
                    }
                    return new ApiKeyRotation(new IssuedApiKey(view(SUCCESSOR, "active"), "hk_successor"),
                            view(command.keyId(), "active"));
                },
                command -> {
                    if (command.keyId().equals(UNKNOWN)) {
                        throw new ApplicationException(ErrorCode.NOT_FOUND, null);
                    }
                    REVOKED.add(command.keyId());
                }));
    }

    private static ApiKeyView view(UUID id, String state) {
        return new ApiKeyView(id, "hk_abcd", "backup job", List.of(Scopes.ACCOUNT), NOW, NOW.plusSeconds(86_400 * 30L),
                null, state.equals("revoked") ? NOW : null, null, state);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void creating_a_key_is_201_with_its_location_and_the_secret_shown_once() throws Exception {
        HttpResponse<String> response = server.send("POST", "/v1/auth/api-keys",
                "{\"name\": \"backup job\", \"scopes\": [\"account\"], \"expiresInDays\": 30}", USER);

        JsonNode issued = body(response, 201);
        assertThat(response.headers().firstValue("Location")).hasValue("/v1/auth/api-keys/" + KEY);
        assertThat(issued.get("apiKey").asText()).isEqualTo("hk_secret-shown-once");
        assertThat(issued.get("key").get("id").asText()).isEqualTo(KEY.toString());
        CreateApiKeyCommand command = CREATED.get(CREATED.size() - 1);
        assertThat(command.caller().accountId()).isEqualTo(ACCOUNT_ID);
        assertThat(command.name()).isEqualTo("backup job");
        assertThat(command.expiresInDays()).isEqualTo(30);
    }

    @Test
    void a_key_the_use_case_refuses_to_mint_with_an_api_key_is_403_forbidden() throws Exception {
        assertProblem(server.send("POST", "/v1/auth/api-keys", "{\"name\": \"x\", \"scopes\": [\"account\"]}",
                API_KEY), 403, "forbidden");
    }

    @Test
    void the_list_shows_every_key_without_a_secret() throws Exception {
        HttpResponse<String> response = server.send("GET", "/v1/auth/api-keys", null, API_KEY);

        JsonNode items = body(response, 200).get("items");
        assertThat(items).hasSize(2);
        assertThat(items.get(1).get("state").asText()).isEqualTo("revoked");
        assertThat(response.body()).doesNotContain("hk_secret");
    }

    @Test
    void rotating_a_key_is_201_naming_the_successor() throws Exception {
        HttpResponse<String> response = server.send("POST", "/v1/auth/api-keys/" + KEY + "/rotate", null, USER);

        JsonNode rotation = body(response, 201);
        assertThat(response.headers().firstValue("Location")).hasValue("/v1/auth/api-keys/" + SUCCESSOR);
        assertThat(rotation.get("successor").get("apiKey").asText()).isEqualTo("hk_successor");
        assertThat(rotation.get("previous").get("id").asText()).isEqualTo(KEY.toString());
    }

    @Test
    void revoking_is_204_and_an_unknown_key_is_404() throws Exception {
        HttpResponse<String> revoked = server.send("DELETE", "/v1/auth/api-keys/" + KEY, null, API_KEY);
        assertThat(revoked.statusCode()).isEqualTo(204);
        assertThat(REVOKED).contains(KEY);

        assertProblem(server.send("DELETE", "/v1/auth/api-keys/" + UNKNOWN, null, USER), 404, "not_found");
    }

    @Test
    void a_key_id_that_is_not_a_uuid_is_simply_not_found() throws Exception {
        assertProblem(server.send("DELETE", "/v1/auth/api-keys/not-a-uuid", null, USER), 404, "not_found");
        assertProblem(server.send("POST", "/v1/auth/api-keys/12345/rotate", null, USER), 404, "not_found");
    }

    @Test
    void every_key_route_needs_a_bearer_token() throws Exception {
        assertProblem(server.send("GET", "/v1/auth/api-keys", null, null), 401, "unauthenticated");
        assertProblem(server.send("DELETE", "/v1/auth/api-keys/" + KEY, null, "Bearer wrong"), 401,
                "unauthenticated");
    }
}
