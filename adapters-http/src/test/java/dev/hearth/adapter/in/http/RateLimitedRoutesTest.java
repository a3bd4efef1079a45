package dev.hearth.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hearth.adapter.in.http.OpenApiDocument.ApiInfo;
import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import dev.hearth.application.port.in.auth.AuthenticatedAccount;
import dev.hearth.application.port.in.auth.CredentialKind;
import dev.hearth.application.port.in.ratelimit.AdmitRequestCommand;
import dev.hearth.application.port.in.ratelimit.Admission;
import dev.hearth.application.port.in.ratelimit.RateLimits;
import dev.hearth.application.port.in.ratelimit.RequestClass;
import java.net.URI;
import dev.hearth.testsupport.DocumentedHttp;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HTTP side of the rate limits (ADR 0027), over a recording use case: the address is counted before any
 * credential is checked, the account and API key after; the quotas counted are in {@code RateLimit-Policy} and
 * {@code RateLimit}; a refusal is 429 {@code rate_limited} with {@code Retry-After}; the health probes count nothing.
 */
class RateLimitedRoutesTest {

    private static final UUID ACCOUNT = UUID.fromString("00000000-0000-0000-0000-0000000000aa");

    private final List<AdmitRequestCommand> counted = new CopyOnWriteArrayList<>();
    private final List<String> authenticated = new CopyOnWriteArrayList<>();
    private final AtomicBoolean addressSpent = new AtomicBoolean();
    private HttpServer server;
    private DocumentedHttp client;

    @BeforeEach
    void start() {
        RouteModule routes = () -> List.of(
                RouteDefinition.get("/test/who").operationId("who").summary("Who is calling").tags("test")
                        .security(RouteSecurity.bearer("account")).handle(Void.class, r -> null),
                RouteDefinition.get("/health/live").operationId("live").summary("Alive").tags("test")
                        .withoutRateLimit().handle(Void.class, r -> null));
        server = HttpServer.start(new HttpSettings("127.0.0.1", 0, HttpSettings.DEFAULT_MAX_REQUEST_BYTES,
                        Duration.ZERO, new ApiInfo("Hearth API", "test", "Test")), List.of(routes),
                query -> {
                    authenticated.add(query.token());
                    if (!query.token().equals("good")) {
                        throw new ApplicationException(ErrorCode.UNAUTHENTICATED, null);
                    }
                    return new AuthenticatedAccount(ACCOUNT, List.of("account"), "key-7", Instant.MAX,
                            CredentialKind.API_KEY);
                }, null, new RateLimiting(this::admit, RateLimits.defaults()));
        client = DocumentedHttp.servedAt(server.port());
    }

    private Admission admit(AdmitRequestCommand command) {
        counted.add(command);
        if (command.clientAddress() != null) {
            boolean spent = addressSpent.get();
            return new Admission(!spent, List.of(new Admission.QuotaStatus("reads-address", 600,
                    Duration.ofMinutes(1), spent ? 0 : 599, Duration.ofMillis(100))),
                    spent ? Optional.of(Duration.ofMillis(1_500)) : Optional.empty());
        }
        return new Admission(true, List.of(
                new Admission.QuotaStatus("reads-api-key", 600, Duration.ofMinutes(1), 598, Duration.ofMillis(200)),
                new Admission.QuotaStatus("reads-account", 600, Duration.ofMinutes(1), 590, Duration.ofSeconds(1))),
                Optional.empty());
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private HttpResponse<String> get(String path, String bearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void an_admitted_request_is_counted_by_address_then_by_key_and_account_and_says_so_in_its_headers()
            throws Exception {
        HttpResponse<String> answer = get("/test/who", "good");

        assertThat(answer.statusCode()).isEqualTo(204);
        assertThat(counted).extracting(AdmitRequestCommand::requestClass).containsOnly(RequestClass.READS);
        assertThat(counted.get(0).clientAddress()).isEqualTo("127.0.0.1");
        assertThat(counted.get(1).accountId()).isEqualTo(ACCOUNT);
        assertThat(counted.get(1).apiKeyId()).isEqualTo("key-7");
        assertThat(answer.headers().firstValue("RateLimit-Policy")).contains(
                "\"reads-address\";q=600;w=60, \"reads-api-key\";q=600;w=60, \"reads-account\";q=600;w=60");
        assertThat(answer.headers().firstValue("RateLimit")).contains(
                "\"reads-address\";r=599;t=1, \"reads-api-key\";r=598;t=1, \"reads-account\";r=590;t=1");
    }

    @Test
    void a_spent_address_is_refused_before_its_credential_is_checked() throws Exception {
        addressSpent.set(true);

        HttpResponse<String> refused = get("/test/who", "forged");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type")).contains(ProblemMapper.PROBLEM_JSON);
        assertThat(new ObjectMapper().readTree(refused.body()).get("code").asText()).isEqualTo("rate_limited");
        assertThat(refused.headers().firstValue("Retry-After")).contains("2");
        assertThat(refused.headers().firstValue("RateLimit")).contains("\"reads-address\";r=0;t=1");
        assertThat(authenticated).as("no credential checked").isEmpty();
    }

    @Test
    void the_health_probes_count_nothing_and_carry_no_rate_limit_fields() throws Exception {
        HttpResponse<String> live = get("/health/live", null);

        assertThat(live.statusCode()).isEqualTo(204);
        assertThat(counted).isEmpty();
        assertThat(live.headers().firstValue("RateLimit-Policy")).isEmpty();
    }
}
