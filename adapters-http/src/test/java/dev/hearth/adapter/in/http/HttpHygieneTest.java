package dev.hearth.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hearth.adapter.in.http.OpenApiDocument.ApiInfo;
import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import dev.hearth.application.port.in.auth.AuthenticateBearerTokenUseCase;
import dev.hearth.application.port.in.idempotency.IdempotentOutcome;
import dev.hearth.application.port.in.idempotency.RunIdempotentlyUseCase;
import dev.hearth.application.port.in.auth.AuthenticatedAccount;
import dev.hearth.domain.money.Pence;
import dev.hearth.testsupport.DocumentedHttp;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * HTTP hygiene with real requests against a real server (raw sockets where the JDK client would correct what the test
 * sends): no method override, HEAD only where GET is and after the same checks, no raw path in any log line, slow
 * clients cut off, and the client address taken from {@code X-Forwarded-For} only behind a trusted proxy.
 */
class HttpHygieneTest {

    static final ObjectMapper JSON = new ObjectMapper();
    /** Checks every answer against the document the server serves (every server here has the same routes). */
    static DocumentedHttp CLIENT;
    static final String GOOD_TOKEN = "good-token";
    static final AuthenticatedAccount CALLER = new AuthenticatedAccount(
            UUID.fromString("0196a0c2-0000-7000-8000-0000000000aa"), List.of("account"), "jti",
            Instant.parse("2100-01-01T00:00:00Z"));
    /** Accepts one token; every other is refused as the real authenticator refuses it. */
    /** Runs every request with an idempotency key (keeping answers is tested in bootstrap against PostgreSQL). */
    static final RunIdempotentlyUseCase RUNS_EACH = (request, work) -> new IdempotentOutcome(work.get(), false);

    static final AuthenticateBearerTokenUseCase AUTHENTICATOR = query -> {
        if (!GOOD_TOKEN.equals(query.token())) {
            throw new ApplicationException(ErrorCode.UNAUTHENTICATED, null);
        }
        return CALLER;
    };

    static HttpServer server;
    static HygieneRoutes routes;

    record Thing(String name, Pence amount) {
    }

    /** A private resource that can be read and deleted, and a public route that tells the address it saw. */
    static final class HygieneRoutes implements RouteModule {
        final AtomicInteger deletions = new AtomicInteger();
        final List<String> addressesSeen = new CopyOnWriteArrayList<>();
        final List<String> authenticatorAddresses = new CopyOnWriteArrayList<>();

        @Override
        public List<RouteDefinition<?, ?>> routes() {
            return List.of(
                    RouteDefinition.get("/things/{thingId}")
                            .operationId("getThing").summary("Read a thing").tags("test")
                            .pathParam("thingId", "The thing")
                            .security(RouteSecurity.bearer("account"))
                            .handle(Thing.class, r -> new Thing(r.pathParam("thingId"), Pence.ZERO)),
                    RouteDefinition.delete("/things/{thingId}")
                            .operationId("deleteThing").summary("Delete a thing").tags("test")
                            .pathParam("thingId", "The thing")
                            .security(RouteSecurity.bearer("account"))
                            .success(204, "Deleted")
                            .handleReply(Void.class, r -> {
                                deletions.incrementAndGet();
                                return Reply.<Void>of(204, null);
                            }),
                    RouteDefinition.post("/things")
                            .operationId("addThing").summary("Add a thing").tags("test")
                            .requestBody(Thing.class, "The thing")
                            .handle(Thing.class, r -> r.body()),
                    RouteDefinition.get("/whoami")
                            .operationId("whoAmI").summary("The client address seen").tags("test")
                            .handle(Thing.class, r -> {
                                addressesSeen.add(r.clientAddress());
                                return new Thing(r.clientAddress(), Pence.ZERO);
                            }));
        }
    }

    static HttpSettings settings() {
        return new HttpSettings("127.0.0.1", 0, HttpSettings.DEFAULT_MAX_REQUEST_BYTES, Duration.ofSeconds(5),
                new ApiInfo("Hearth API", "test", "Test"));
    }

    @BeforeAll
    static void start() {
        routes = new HygieneRoutes();
        server = HttpServer.start(settings(), List.of(routes), AUTHENTICATOR, null, RUNS_EACH);
        CLIENT = DocumentedHttp.servedAt(server.port());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static URI uri(HttpServer on, String path) {
        return URI.create("http://127.0.0.1:" + on.port() + path);
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return CLIENT.send(request.timeout(Duration.ofSeconds(10)).build(), BodyHandlers.ofString());
    }

    /** One request over a fresh socket with {@code Connection: close}; the whole raw answer. */
    static String raw(int port, String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Nested
    class MethodOverride {
        @ParameterizedTest(name = "{0}: DELETE")
        @ValueSource(strings = {"X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override"})
        void a_get_asking_to_be_treated_as_a_delete_stays_a_get(String header) throws Exception {
            int before = routes.deletions.get();

            HttpResponse<String> response = send(HttpRequest.newBuilder(uri(server, "/things/t1"))
                    .header("Authorization", "Bearer " + GOOD_TOKEN).header(header, "DELETE").GET());

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(JSON.readTree(response.body()).get("name").asText()).isEqualTo("t1");
            assertThat(routes.deletions.get()).as("nothing was deleted").isEqualTo(before);
        }

        @Test
        void a_method_query_parameter_is_ignored_too() throws Exception {
            int before = routes.deletions.get();

            HttpResponse<String> response = send(HttpRequest.newBuilder(uri(server, "/things/t1?_method=DELETE"))
                    .header("Authorization", "Bearer " + GOOD_TOKEN).GET());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(routes.deletions.get()).isEqualTo(before);
        }

        @Test
        void an_override_cannot_turn_a_post_into_a_delete_either() throws Exception {
            int before = routes.deletions.get();

            HttpResponse<String> response = send(HttpRequest.newBuilder(uri(server, "/things/t1"))
                    .header("Authorization", "Bearer " + GOOD_TOKEN).header("X-HTTP-Method-Override", "DELETE")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{}")));

            assertThat(response.statusCode()).isEqualTo(405);
            assertThat(routes.deletions.get()).isEqualTo(before);
        }
    }

    @Nested
    class Head {
        @Test
        void head_without_a_token_is_refused_like_get_and_has_no_body() throws Exception {
            String answer = raw(server.port(), "HEAD /things/t1 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Connection: close\r\n\r\n");

            assertThat(answer).startsWith("HTTP/1.1 401").containsIgnoringCase("WWW-Authenticate: Bearer");
            assertThat(bodyOf(answer)).isEmpty();
        }

        @Test
        void head_with_a_token_answers_what_get_answers_without_the_body() throws Exception {
            String answer = raw(server.port(), "HEAD /things/t1 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Authorization: Bearer " + GOOD_TOKEN + "\r\nConnection: close\r\n\r\n");

            assertThat(answer).startsWith("HTTP/1.1 200").contains("Content-Type: application/json")
                    .containsIgnoringCase("Cache-Control: no-store");
            assertThat(bodyOf(answer)).isEmpty();
        }

        @Test
        void head_where_there_is_no_get_is_405_naming_the_methods_there_are() throws Exception {
            String answer = raw(server.port(), "HEAD /things HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Connection: close\r\n\r\n");

            assertThat(answer).startsWith("HTTP/1.1 405").containsIgnoringCase("Allow: POST");
            assertThat(bodyOf(answer)).isEmpty();
        }

        @Test
        void head_on_an_unknown_path_is_404() throws Exception {
            String answer = raw(server.port(), "HEAD /nowhere/at/all HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Connection: close\r\n\r\n");

            assertThat(answer).startsWith("HTTP/1.1 404");
            assertThat(bodyOf(answer)).isEmpty();
        }

        private static String bodyOf(String answer) {
            int end = answer.indexOf("\r\n\r\n");
            return end < 0 ? answer : answer.substring(end + 4);
        }
    }

    @Nested
    class PathsInLogs {
        static final String PERSONAL = "sam.jones@example.org";

        @Test
        void no_log_line_carries_the_raw_path_of_an_unmatched_route() throws Exception {
            ListAppender<ILoggingEvent> logs = HttpServerTest.captureLogs();
            try {
                send(HttpRequest.newBuilder(uri(server, "/people/" + PERSONAL + "/debts")).GET());
                send(HttpRequest.newBuilder(uri(server, "/people/" + PERSONAL)).DELETE());
                raw(server.port(), "HEAD /people/" + PERSONAL + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Connection: close\r\n\r\n");
                raw(server.port(), "GET /people/" + PERSONAL + "/%zz HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Connection: close\r\n\r\n");
            } finally {
                HttpServerTest.releaseLogs(logs);
            }

            assertThat(logs.list).filteredOn(e -> e.getLoggerName().equals("dev.hearth.http.access"))
                    .hasSizeGreaterThanOrEqualTo(3)
                    .allSatisfy(e -> assertThat(String.valueOf(e.getKeyValuePairs()))
                            .contains("route=\"<unmatched>\""));
            assertThat(logs.list).allSatisfy(e -> assertThat(everythingIn(e))
                    .doesNotContain("sam.jones", "example.org"));
        }

        @Test
        void a_matched_route_is_logged_by_its_template_not_its_values() throws Exception {
            ListAppender<ILoggingEvent> logs = HttpServerTest.captureLogs();
            try {
                send(HttpRequest.newBuilder(uri(server, "/things/" + PERSONAL))
                        .header("Authorization", "Bearer " + GOOD_TOKEN).GET());
            } finally {
                HttpServerTest.releaseLogs(logs);
            }

            assertThat(logs.list).filteredOn(e -> e.getLoggerName().equals("dev.hearth.http.access"))
                    .singleElement().satisfies(e -> assertThat(String.valueOf(e.getKeyValuePairs()))
                            .contains("route=\"/things/{thingId}\""));
            assertThat(logs.list).allSatisfy(e -> assertThat(everythingIn(e)).doesNotContain("sam.jones"));
        }

        private static String everythingIn(ILoggingEvent e) {
            return e.getFormattedMessage() + " " + e.getKeyValuePairs() + " " + e.getMDCPropertyMap() + " "
                    + (e.getThrowableProxy() == null ? "" : e.getThrowableProxy().getMessage());
        }
    }

    @Nested
    class SlowClients {
        /** Limits small enough for a test: 1 s for the headers, 3 s idle, 100 bytes a second. */
        static final ConnectionLimits TIGHT = new ConnectionLimits(Duration.ofSeconds(1), Duration.ofSeconds(3), 100);

        @Test
        void a_client_sending_its_headers_byte_by_byte_is_cut_off_at_the_header_timeout() throws Exception {
            HttpServer own = HttpServer.start(settings().withConnectionLimits(TIGHT), List.of(new HygieneRoutes()),
                    AUTHENTICATOR, null, RUNS_EACH);
            try (Socket socket = new Socket("127.0.0.1", own.port())) {
                socket.setSoTimeout(50);
                long start = System.nanoTime();
                // the request line at once, then one header a byte at a time, as slowloris does
                socket.getOutputStream().write("GET /whoami HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                byte[] slowHeader = ("X-Padding: " + "a".repeat(200) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
                Duration cutOffAfter = sendSlowly(socket, slowHeader, Duration.ofMillis(100), new StringBuilder());

                assertThat(cutOffAfter).as("the server closed the connection before the headers were complete")
                        .isNotNull();
                assertThat(Duration.ofNanos(System.nanoTime() - start))
                        .as("1 to 1.25 header timeouts after the first byte")
                        .isBetween(Duration.ofMillis(900), Duration.ofMillis(1800));
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            } finally {
                own.stop();
            }
        }

        @Test
        void a_client_sending_its_body_byte_by_byte_is_cut_off_by_the_minimum_data_rate() throws Exception {
            HttpServer own = HttpServer.start(settings().withConnectionLimits(TIGHT), List.of(new HygieneRoutes()),
                    AUTHENTICATOR, null, RUNS_EACH);
            try (Socket socket = new Socket("127.0.0.1", own.port())) {
                socket.setSoTimeout(50);
                String body = "{\"name\":\"" + "x".repeat(300) + "\"}";
                socket.getOutputStream().write(("POST /things HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Content-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                // 10 bytes a second: the whole body would take over 30 s
                ListAppender<ILoggingEvent> logs = HttpServerTest.captureLogs();
                StringBuilder answer = new StringBuilder();
                Duration cutOffAfter;
                try {
                    cutOffAfter = sendSlowly(socket, body.getBytes(StandardCharsets.US_ASCII),
                            Duration.ofMillis(100), answer);
                } finally {
                    HttpServerTest.releaseLogs(logs);
                }

                assertThat(cutOffAfter).as("the server gave up on the body").isNotNull();
                assertThat(cutOffAfter).isLessThan(Duration.ofMillis(3500));
                assertThat(answer.toString()).startsWith("HTTP/1.1 400").contains("\"code\":\"malformed_request\"",
                        "arrived too slowly");
                assertThat(logs.list).as("a slow client is not a server error")
                        .noneSatisfy(e -> assertThat(e.getLevel().toString()).isEqualTo("ERROR"));
            } finally {
                own.stop();
            }
        }

        @Test
        void a_normal_client_is_not_affected_by_the_tight_limits() throws Exception {
            HttpServer own = HttpServer.start(settings().withConnectionLimits(TIGHT), List.of(new HygieneRoutes()),
                    AUTHENTICATOR, null, RUNS_EACH);
            try {
                HttpResponse<String> first = send(HttpRequest.newBuilder(uri(own, "/whoami")).GET());
                Thread.sleep(1500); // the kept-alive connection sits idle past the header timeout
                HttpResponse<String> second = send(HttpRequest.newBuilder(uri(own, "/things"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + "y".repeat(5000) + "\",\"amount\":1}")));

                assertThat(first.statusCode()).isEqualTo(200);
                assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
            } finally {
                own.stop();
            }
        }

        /**
         * Sends {@code bytes} one at a time, {@code gap} apart, until the server closes the connection; returns how
         * long that took, or null when everything was sent (or 5 s passed) without the server closing.
         */
        private static Duration sendSlowly(Socket socket, byte[] bytes, Duration gap, StringBuilder answer)
                throws Exception {
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            long start = System.nanoTime();
            for (byte b : bytes) {
                if (Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(5)) > 0) {
                    return null;
                }
                try {
                    out.write(b);
                    out.flush();
                } catch (SocketException closed) {
                    return Duration.ofNanos(System.nanoTime() - start);
                }
                if (closedByServer(in, answer)) {
                    return Duration.ofNanos(System.nanoTime() - start);
                }
                Thread.sleep(gap.toMillis());
            }
            return null;
        }

        /** Whether the server has closed (end of stream, maybe after an answer, which goes into {@code answer}). */
        private static boolean closedByServer(InputStream in, StringBuilder answer) throws IOException {
            try {
                byte[] buffer = new byte[4096];
                int n = in.read(buffer);
                while (n > 0) {
                    answer.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                    n = in.read(buffer);
                }
                return n < 0;
            } catch (SocketTimeoutException stillOpen) {
                return false;
            } catch (SocketException reset) {
                return true;
            }
        }
    }

    @Nested
    class ClientAddress {
        @Test
        void without_trusted_proxies_x_forwarded_for_is_ignored() throws Exception {
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri(server, "/whoami"))
                    .header("X-Forwarded-For", "203.0.113.9").GET());

            assertThat(JSON.readTree(response.body()).get("name").asText()).isEqualTo("127.0.0.1");
        }

        @Test
        void behind_a_trusted_proxy_the_right_most_untrusted_forwarded_address_is_the_client() throws Exception {
            HttpServer own = HttpServer.start(settings().withTrustedProxies(
                    TrustedProxies.parse("127.0.0.1, 10.0.0.0/8")), List.of(new HygieneRoutes()), AUTHENTICATOR, null, RUNS_EACH);
            try {
                JsonNode spoofedLeft = JSON.readTree(send(HttpRequest.newBuilder(uri(own, "/whoami"))
                        .header("X-Forwarded-For", "198.51.100.1, 203.0.113.9, 10.1.2.3").GET()).body());
                JsonNode twoHeaders = JSON.readTree(send(HttpRequest.newBuilder(uri(own, "/whoami"))
                        .header("X-Forwarded-For", "198.51.100.1").header("X-Forwarded-For", "203.0.113.10")
                        .GET()).body());
                JsonNode none = JSON.readTree(send(HttpRequest.newBuilder(uri(own, "/whoami")).GET()).body());

                assertThat(spoofedLeft.get("name").asText()).isEqualTo("203.0.113.9");
                assertThat(twoHeaders.get("name").asText()).isEqualTo("203.0.113.10");
                assertThat(none.get("name").asText()).isEqualTo("127.0.0.1");
            } finally {
                own.stop();
            }
        }

        @Test
        void the_bearer_check_sees_the_same_client_address_as_the_handlers() throws Exception {
            List<String> seen = new CopyOnWriteArrayList<>();
            AuthenticateBearerTokenUseCase recording = query -> {
                seen.add(query.clientAddress());
                return AUTHENTICATOR.authenticate(query);
            };
            HttpServer own = HttpServer.start(settings().withTrustedProxies(TrustedProxies.parse("127.0.0.1")),
                    List.of(new HygieneRoutes()), recording, null, RUNS_EACH);
            try {
                send(HttpRequest.newBuilder(uri(own, "/things/t1")).header("Authorization", "Bearer wrong")
                        .header("X-Forwarded-For", "203.0.113.77").GET());

                assertThat(seen).containsExactly("203.0.113.77");
            } finally {
                own.stop();
            }
        }
    }
}
