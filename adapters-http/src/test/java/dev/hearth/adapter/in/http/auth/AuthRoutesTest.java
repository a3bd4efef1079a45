package dev.hearth.adapter.in.http.auth;

import static dev.hearth.adapter.in.http.RouteTestServer.ACCOUNT_ID;
import static dev.hearth.adapter.in.http.RouteTestServer.ADMIN;
import static dev.hearth.adapter.in.http.RouteTestServer.API_KEY;
import static dev.hearth.adapter.in.http.RouteTestServer.NOW;
import static dev.hearth.adapter.in.http.RouteTestServer.STALE_ADMIN;
import static dev.hearth.adapter.in.http.RouteTestServer.USER;
import static dev.hearth.adapter.in.http.RouteTestServer.assertProblem;
import static dev.hearth.adapter.in.http.RouteTestServer.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hearth.adapter.in.http.RouteTestServer;
import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import dev.hearth.application.port.in.auth.ApiKeyUseCases;
import dev.hearth.application.port.in.auth.AuthUseCases;
import dev.hearth.application.port.in.auth.CurrentAccount;
import dev.hearth.application.port.in.auth.LogInCommand;
import dev.hearth.application.port.in.auth.PublishedSigningKeys;
import dev.hearth.application.port.in.auth.RegisterAccountCommand;
import dev.hearth.application.port.in.auth.Scopes;
import dev.hearth.application.port.in.auth.SessionTokens;
import dev.hearth.application.port.in.auth.SigningKeyRotation;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The account and session routes over real HTTP, with stub use cases: status codes, problem codes, headers, shape. */
class AuthRoutesTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final List<RegisterAccountCommand> REGISTERED = new CopyOnWriteArrayList<>();
    private static final List<String> LOGGED_OUT = new CopyOnWriteArrayList<>();
    private static RouteTestServer server;

    @BeforeAll
    static void start() {
        server = RouteTestServer.start(new AuthRoutes(new AuthUseCases(
                REGISTERED::add,
                AuthRoutesTest::logIn,
                command -> {
                    if (!command.refreshToken().equals("hrt_good")) {
                        throw new ApplicationException(ErrorCode.UNAUTHENTICATED, null);
                    }
                    return tokens();
                },
                command -> LOGGED_OUT.add(command.refreshToken()),
                query -> new CurrentAccount(query.caller().accountId(), "ada@example.org", NOW,
                        query.caller().scopes()),
                query -> {
                    throw new AssertionError("the server's own authenticator answers");
                },
                command -> new SigningKeyRotation(true, List.of(
                        new SigningKeyRotation.SigningKeyStatus("k1", "active", NOW, NOW.plusSeconds(600),
                                NOW.plusSeconds(1200)),
                        new SigningKeyRotation.SigningKeyStatus("k2", "pending", NOW.plusSeconds(600), null, null))),
                () -> new PublishedSigningKeys(List.of(new PublishedSigningKeys.PublishedKey("k1", "eHg", "eXk")),
                        Duration.ofMinutes(5)),
                new ApiKeyUseCases(c -> null, q -> List.of(), c -> null, c -> { }))));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static SessionTokens logIn(LogInCommand command) {
        if (command.email().equals("throttled@example.org")) {
            throw new ApplicationException(ErrorCode.TOO_MANY_REQUESTS, null, List.of(), null, Duration.ofSeconds(5));
        }
        if (!command.password().equals(PASSWORD)) {
            throw new ApplicationException(ErrorCode.INVALID_CREDENTIALS, null);
        }
        return tokens();
    }

    private static SessionTokens tokens() {
        return new SessionTokens(ACCOUNT_ID, "eyJ.access.token", NOW.plusSeconds(600), "hrt_next",
                NOW.plusSeconds(86_400), List.of(Scopes.ACCOUNT));
    }

    private static String credentials(String email, String password) {
        return RouteTestServer.JSON.createObjectNode().put("email", email).put("password", password).toString();
    }

    @Test
    void registering_answers_202_and_hands_the_address_password_and_client_to_the_use_case() throws Exception {
        HttpResponse<String> response = server.send("POST", "/v1/auth/register",
                credentials("new@example.org", PASSWORD), null);

        assertThat(body(response, 202).get("message").asText()).isNotBlank();
        RegisterAccountCommand command = REGISTERED.get(REGISTERED.size() - 1);
        assertThat(command.email()).isEqualTo("new@example.org");
        assertThat(command.clientAddress()).isEqualTo("127.0.0.1");
    }

    @Test
    void logging_in_answers_the_token_pair_never_cached() throws Exception {
        HttpResponse<String> response = server.send("POST", "/v1/auth/login",
                credentials("ada@example.org", PASSWORD), null);

        JsonNode session = body(response, 200);
        assertThat(session.get("accountId").asText()).isEqualTo(ACCOUNT_ID.toString());
        assertThat(session.get("tokenType").asText()).isEqualTo("Bearer");
        assertThat(session.get("accessToken").asText()).isEqualTo("eyJ.access.token");
        assertThat(session.get("refreshToken").asText()).isEqualTo("hrt_next");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void a_wrong_password_is_401_invalid_credentials() throws Exception {
        assertProblem(server.send("POST", "/v1/auth/login", credentials("ada@example.org", "wrong"), null), 401,
                "invalid_credentials");
    }

    @Test
    void a_throttled_login_is_429_with_retry_after() throws Exception {
        HttpResponse<String> response = server.send("POST", "/v1/auth/login",
                credentials("throttled@example.org", PASSWORD), null);

        assertProblem(response, 429, "too_many_requests");
        assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
    }

    @Test
    void a_login_body_that_is_not_json_is_400_malformed_request() throws Exception {
        assertProblem(server.send("POST", "/v1/auth/login", "{\"email\": ", null), 400, "malformed_request");
    }

    @Test
    void a_refresh_token_answers_its_successor_and_a_bad_one_is_401() throws Exception {
        JsonNode refreshed = body(server.send("POST", "/v1/auth/refresh", "{\"refreshToken\": \"hrt_good\"}",
                null), 200);
        assertThat(refreshed.get("refreshToken").asText()).isEqualTo("hrt_next");

        assertProblem(server.send("POST", "/v1/auth/refresh", "{\"refreshToken\": \"hrt_used\"}", null), 401,
                "unauthenticated");
    }

    @Test
    void logging_out_is_204_with_no_body_and_passes_the_refresh_token_on() throws Exception {
        HttpResponse<String> response = server.send("POST", "/v1/auth/logout", "{\"refreshToken\": \"hrt_bye\"}",
                null);

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
        assertThat(LOGGED_OUT).contains("hrt_bye");
    }

    @Test
    void the_current_account_needs_a_bearer_token() throws Exception {
        HttpResponse<String> anonymous = server.send("GET", "/v1/auth/me", null, null);
        assertProblem(anonymous, 401, "unauthenticated");
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                v -> assertThat(v).startsWith("Bearer"));

        JsonNode me = body(server.send("GET", "/v1/auth/me", null, USER), 200);
        assertThat(me.get("accountId").asText()).isEqualTo(ACCOUNT_ID.toString());
        assertThat(me.get("email").asText()).isEqualTo("ada@example.org");
        assertThat(me.get("scopes").get(0).asText()).isEqualTo("account");
    }

    @Test
    void the_jwks_is_public_and_cacheable_for_as_long_as_the_use_case_says() throws Exception {
        HttpResponse<String> response = server.send("GET", AuthRoutes.JWKS_PATH, null, null);

        JsonNode key = body(response, 200).get("keys").get(0);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("public, max-age=300");
        assertThat(key.get("kid").asText()).isEqualTo("k1");
        assertThat(key.get("kty").asText()).isEqualTo("EC");
        assertThat(key.get("crv").asText()).isEqualTo("P-256");
        assertThat(key.get("alg").asText()).isEqualTo("ES256");
    }

    @Test
    void rotating_the_signing_key_needs_an_admin_signed_in_just_now() throws Exception {
        String path = "/v1/admin/signing-keys/rotate";
        assertProblem(server.send("POST", path, null, USER), 403, "forbidden");
        assertProblem(server.send("POST", path, null, API_KEY), 403, "forbidden");
        assertProblem(server.send("POST", path, null, STALE_ADMIN), 403, "reauthentication_required");

        JsonNode rotation = body(server.send("POST", path, null, ADMIN), 200);
        assertThat(rotation.get("rotated").asBoolean()).isTrue();
        assertThat(rotation.get("keys").get(1).get("state").asText()).isEqualTo("pending");
    }
}
