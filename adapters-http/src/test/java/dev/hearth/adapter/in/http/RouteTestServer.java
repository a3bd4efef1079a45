package dev.hearth.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hearth.adapter.in.http.OpenApiDocument.ApiInfo;
import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import dev.hearth.application.port.in.access.HouseholdAccessDecision;
import dev.hearth.application.port.in.auth.AuthenticatedAccount;
import dev.hearth.application.port.in.auth.CredentialKind;
import dev.hearth.application.port.in.auth.Scopes;
import dev.hearth.application.port.in.idempotency.IdempotentOutcome;
import dev.hearth.testsupport.DocumentedHttp;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One route module on a real server on a loopback port, for the HTTP-level test of that module: stub use cases
 * answer fixed records, so the test is about the HTTP mapping (status codes, problem+json codes, headers, JSON shape).
 * Every answer is checked against the committed {@code docs/openapi.json} by {@link DocumentedHttp}.
 *
 * <p>Callers are fixed bearer tokens: {@link #USER} (a person signed in with a password, scope account),
 * {@link #API_KEY} (a program's key with scope account), {@link #ADMIN} (an operator signed in just now, every admin
 * scope), {@link #STALE_ADMIN} (the same operator signed in long ago). Anything else is refused as unauthenticated.
 * Household access is allowed except on {@link #HIDDEN_HOUSEHOLD} (404) and {@link #READ_ONLY_HOUSEHOLD} (403).
 * Idempotency keys are required where a route declares it, and each request runs (keeping answers is the idempotency
 * use case's work, tested in bootstrap against PostgreSQL).
 */
public final class RouteTestServer implements AutoCloseable {

    public static final String USER = "Bearer user-token";
    public static final String API_KEY = "Bearer hk_test-key";
    public static final String ADMIN = "Bearer admin-token";
    public static final String STALE_ADMIN = "Bearer stale-admin-token";

    /** The account behind {@link #USER} and {@link #API_KEY}. */
    public static final UUID ACCOUNT_ID = UUID.fromString("0196a0c2-0000-7000-8000-0000000000a1");
    public static final UUID ADMIN_ID = UUID.fromString("0196a0c2-0000-7000-8000-0000000000ad");
    /** A household the caller has no standing in: 404, as if it did not exist. */
    public static final UUID HIDDEN_HOUSEHOLD = UUID.fromString("0196a0c2-0000-7000-8000-00000000404f");
    /** A household the caller may see but not change: 403. */
    public static final UUID READ_ONLY_HOUSEHOLD = UUID.fromString("0196a0c2-0000-7000-8000-00000000403f");

    public static final Instant NOW = Instant.parse("2026-05-14T09:00:00Z");
    public static final ObjectMapper JSON = new ObjectMapper();
    public static final DocumentedHttp CLIENT = DocumentedHttp.client();

    private final HttpServer server;

    private RouteTestServer(HttpServer server) {
        this.server = server;
    }

    /** Starts {@code module} alone on a loopback port. */
    public static RouteTestServer start(RouteModule module) {
        HttpSettings settings = new HttpSettings("127.0.0.1", 0, HttpSettings.DEFAULT_MAX_REQUEST_BYTES,
                Duration.ofSeconds(5), new ApiInfo("Hearth API", "test", "Test"));
        return new RouteTestServer(HttpServer.start(settings, List.of(module), query -> caller(query.token()),
                query -> {
                    if (query.householdId().equals(HIDDEN_HOUSEHOLD)) {
                        return HouseholdAccessDecision.notFound("no standing");
                    }
                    if (query.householdId().equals(READ_ONLY_HOUSEHOLD)) {
                        return HouseholdAccessDecision.forbidden("member");
                    }
                    return HouseholdAccessDecision.allowed("owner");
                }, (request, work) -> new IdempotentOutcome(work.get(), false)));
    }

    private static AuthenticatedAccount caller(String token) {
        Instant expires = NOW.plus(Duration.ofDays(36_500));
        List<String> admin = List.of(Scopes.ACCOUNT, Scopes.ADMIN_SIGNING_KEYS, Scopes.ADMIN_AUDIT,
                Scopes.SUPPORT_CRISIS_OVERRIDE);
        return switch ("Bearer " + token) {
            case USER -> new AuthenticatedAccount(ACCOUNT_ID, List.of(Scopes.ACCOUNT), "jti-user", expires,
                    CredentialKind.ACCESS_TOKEN, NOW, true);
            case API_KEY -> new AuthenticatedAccount(ACCOUNT_ID, List.of(Scopes.ACCOUNT), "key", expires,
                    CredentialKind.API_KEY);
            case ADMIN -> new AuthenticatedAccount(ADMIN_ID, admin, "jti-admin", expires,
                    CredentialKind.ACCESS_TOKEN, NOW, true);
            case STALE_ADMIN -> new AuthenticatedAccount(ADMIN_ID, admin, "jti-stale", expires,
                    CredentialKind.ACCESS_TOKEN, NOW.minus(Duration.ofDays(1)), false);
            default -> throw new ApplicationException(ErrorCode.UNAUTHENTICATED, null);
        };
    }

    /** The loopback port it listens on, for a test that builds its own requests (an {@code Accept} header, say). */
    public int port() {
        return server.port();
    }

    /** Sends {@code method path} with a JSON {@code body} (or none), {@code If-Match} and the caller when not null. */
    public HttpResponse<String> send(String method, String path, String body, String ifMatch, String bearer)
            throws IOException, InterruptedException {
        return CLIENT.send(server.port(), method, path, body, ifMatch, bearer);
    }

    /** Sends {@code method path} with a JSON {@code body} (or none) as {@code bearer}. */
    public HttpResponse<String> send(String method, String path, String body, String bearer)
            throws IOException, InterruptedException {
        return send(method, path, body, null, bearer);
    }

    /** Asserts the answer is problem+json of {@code status} and {@code code}, and returns its body. */
    public static JsonNode assertProblem(HttpResponse<String> response, int status, String code) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("code").asText()).isEqualTo(code);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        return problem;
    }

    /** The answer's body as JSON, once its status is {@code status}. */
    public static JsonNode body(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    @Override
    public void close() {
        server.stop();
    }
}
