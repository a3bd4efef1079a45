package dev.hearth.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hearth.adapter.in.http.OpenApiDocument.ApiInfo;
import dev.hearth.adapter.in.http.health.HealthRoutes;
import dev.hearth.application.port.out.health.DependencyState;
import dev.hearth.application.port.out.health.FixedDependencyHealth;
import dev.hearth.application.service.health.CheckReadinessService;
import dev.hearth.testsupport.DocumentedHttp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

/** Real HTTP requests against a real server on a random loopback port. */
class HttpServerTest {

    static final ObjectMapper JSON = new ObjectMapper();
    /** Checks every answer against the document this server serves, test routes included. */
    static DocumentedHttp CLIENT;
    static final FixedDependencyHealth POSTGRES = FixedDependencyHealth.required("postgres", DependencyState.UP);
    static final FixedDependencyHealth REDIS = new FixedDependencyHealth("redis", false, DependencyState.DEGRADED,
            "in-process fallback (no REDIS_URL)");

    static HttpServer server;
    static TestRoutes testRoutes;

    @BeforeAll
    static void start() {
        testRoutes = new TestRoutes();
        server = HttpServer.start(settings(), List.of(
                new HealthRoutes(new CheckReadinessService(List.of(POSTGRES, REDIS))), testRoutes));
        CLIENT = DocumentedHttp.servedAt(server.port());
    }

    static HttpSettings settings() {
        return new HttpSettings("127.0.0.1", 0, HttpSettings.DEFAULT_MAX_REQUEST_BYTES, Duration.ofSeconds(5),
                new ApiInfo("Hearth API", "test", "Test"));
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return CLIENT.send(request.timeout(Duration.ofSeconds(10)).build(), BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    static HttpResponse<String> postJson(String path, String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(body)));
    }

    /** Asserts the answer is a complete problem+json body with this status and code, and returns the body. */
    static JsonNode assertProblem(HttpResponse<String> response, int status, String code) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                ct -> assertThat(ct).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        JsonNode body = JSON.readTree(response.body());
        String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(body.get("type").asText()).isEqualTo("urn:hearth:problem:" + code);
        assertThat(body.get("title").asText()).isNotBlank();
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("detail").asText()).isNotBlank();
        assertThat(body.get("instance").asText()).isEqualTo("urn:hearth:request:" + requestId);
        assertThat(body.get("code").asText()).isEqualTo(code);
        assertThat(body.get("errors").isArray()).isTrue();
        assertThat(body.get("traceId").asText()).isEqualTo(requestId);
        assertThat(response.body()).doesNotContain("Exception", "at dev.hearth", "javalin", "jetty");
        return body;
    }

    @Nested
    class Health {
        @Test
        void liveness_answers_up_from_the_process_alone() throws Exception {
            HttpResponse<String> response = get("/health/live");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
            assertThat(JSON.readTree(response.body()).get("status").asText()).isEqualTo("up");
        }

        @Test
        void readiness_lists_each_dependency_and_stays_200_when_only_an_optional_one_is_degraded() throws Exception {
            HttpResponse<String> response = get("/health/ready");

            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode body = JSON.readTree(response.body());
            assertThat(body.get("status").asText()).isEqualTo("degraded");
            assertThat(body.get("dependencies").get(0).get("name").asText()).isEqualTo("postgres");
            assertThat(body.get("dependencies").get(0).get("state").asText()).isEqualTo("up");
            assertThat(body.get("dependencies").get(0).get("required").asBoolean()).isTrue();
            assertThat(body.get("dependencies").get(1).get("name").asText()).isEqualTo("redis");
            assertThat(body.get("dependencies").get(1).get("state").asText()).isEqualTo("degraded");
            assertThat(body.get("dependencies").get(1).get("detail").asText()).contains("fallback");
        }

        @Test
        void readiness_answers_503_when_a_required_dependency_is_down() throws Exception {
            POSTGRES.set(DependencyState.DOWN, "not answering");
            try {
                HttpResponse<String> response = get("/health/ready");

                assertThat(response.statusCode()).isEqualTo(503);
                assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
                assertThat(JSON.readTree(response.body()).get("status").asText()).isEqualTo("down");
            } finally {
                POSTGRES.set(DependencyState.UP, "up");
            }
        }
    }

    @Nested
    class Errors {
        @Test
        void unknown_route_is_404_not_found_without_echoing_the_path() throws Exception {
            HttpResponse<String> response = get("/no/such/place-with-a-name-in-it");

            JsonNode body = assertProblem(response, 404, "not_found");
            assertThat(response.body()).doesNotContain("place-with-a-name-in-it");
            assertThat(body.get("errors")).isEmpty();
        }

        @Test
        void wrong_method_is_405_with_an_allow_header() throws Exception {
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/health/live"))
                    .DELETE());

            assertProblem(response, 405, "method_not_allowed");
            assertThat(response.headers().firstValue("Allow")).hasValueSatisfying(
                    allow -> assertThat(allow).contains("GET"));
        }

        @Test
        void malformed_json_is_400_malformed_request() throws Exception {
            HttpResponse<String> response = postJson("/test/echo", "{\"name\": \"Sam\", ");

            JsonNode body = assertProblem(response, 400, "malformed_request");
            assertThat(response.body()).doesNotContain("Sam");
            assertThat(body.get("errors")).isEmpty();
        }

        @Test
        void an_empty_body_is_400_malformed_request() throws Exception {
            assertProblem(postJson("/test/echo", ""), 400, "malformed_request");
        }

        @Test
        void a_json_array_where_an_object_is_expected_is_400_malformed_request() throws Exception {
            assertProblem(postJson("/test/echo", "[1,2]"), 400, "malformed_request");
        }

        // Raw sockets, not HttpClient: a client still pushing a 5 MB body when the server answers early and closes
        // races the close (the JDK client then fails with "header parser received no bytes"). These tests send what
        // a real oversized request sends up to the point the server must answer, then read the answer.

        @Test
        void a_5_mb_body_with_content_length_is_413_before_it_is_read() throws Exception {
            String request = "POST /test/echo HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + (5 * 1024 * 1024) + "\r\n\r\n";

            RawResponse response = RawResponse.exchange(server.port(), request.getBytes(StandardCharsets.US_ASCII),
                    new byte[0]);

            assertThat(response.status()).isEqualTo(413);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            JsonNode body = JSON.readTree(response.body());
            assertThat(body.get("code").asText()).isEqualTo("payload_too_large");
            assertThat(body.get("detail").asText()).contains("1048576 bytes");
            assertThat(body.get("traceId").asText()).isEqualTo(response.header("X-Request-Id"));
        }

        @Test
        void a_chunked_body_over_the_limit_without_content_length_is_413_too() throws Exception {
            String head = "POST /test/echo HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n";
            ByteArrayOutputStream chunks = new ByteArrayOutputStream();
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) ' ');
            for (int i = 0; i < 17; i++) { // 17 x 64 KiB = 1.0625 MiB: just over the 1 MiB limit
                chunks.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                chunks.write(chunk);
                chunks.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            chunks.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));

            RawResponse response = RawResponse.exchange(server.port(), head.getBytes(StandardCharsets.US_ASCII),
                    chunks.toByteArray());

            assertThat(response.status()).isEqualTo(413);
            assertThat(JSON.readTree(response.body()).get("code").asText()).isEqualTo("payload_too_large");
        }

        @ParameterizedTest(name = "Content-Type: {0}")
        @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "application/xml"})
        void a_body_that_is_not_json_is_415_unsupported_media_type(String contentType) throws Exception {
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/test/echo"))
                    .header("Content-Type", contentType)
                    .POST(BodyPublishers.ofString("{\"name\":\"Sam\",\"amount\":1}")));

            assertProblem(response, 415, "unsupported_media_type");
        }

        @Test
        void a_body_without_content_type_is_415() throws Exception {
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/test/echo"))
                    .POST(BodyPublishers.ofString("{\"name\":\"Sam\",\"amount\":1}")));

            assertProblem(response, 415, "unsupported_media_type");
        }

        @Test
        void an_uncaught_exception_is_500_internal_error_with_no_details_and_is_logged_with_its_trace_id()
                throws Exception {
            ListAppender<ILoggingEvent> logs = captureLogs();
            try {
                HttpResponse<String> response = get("/test/boom");

                JsonNode body = assertProblem(response, 500, "internal_error");
                assertThat(response.body()).doesNotContain("hunter2", "secret", "IllegalState");
                String traceId = body.get("traceId").asText();
                assertThat(logs.list).anySatisfy(event -> {
                    assertThat(event.getLevel().toString()).isEqualTo("ERROR");
                    assertThat(event.getFormattedMessage()).contains(traceId);
                    assertThat(event.getThrowableProxy()).isNotNull();
                });
            } finally {
                releaseLogs(logs);
            }
        }

        @Test
        void an_unreadable_uri_rejected_by_jetty_itself_is_problem_json_too() throws Exception {
            String raw;
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
                socket.getOutputStream().write(
                        "GET /%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                                .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                raw = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }

            assertThat(raw).startsWith("HTTP/1.1 400").contains("Content-Type: application/problem+json")
                    .contains("\"code\":\"malformed_request\"").doesNotContain("<html", "%zz");
        }

        @Test
        void headers_too_large_for_jetty_are_problem_json_too() throws Exception {
            // Raw socket: the document lists no 400 for /health/live (Jetty refuses oversized headers on any route
            // before it reaches one), so DocumentedHttp would refuse the answer this test is about.
            RawResponse response = RawResponse.exchange(server.port(), ("GET /health/live HTTP/1.1\r\n"
                    + "Host: 127.0.0.1\r\nX-Padding: " + "a".repeat(20_000) + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII), new byte[0]);

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
            JsonNode body = JSON.readTree(response.body());
            assertThat(body.get("code").asText()).isEqualTo("malformed_request");
            assertThat(body.get("detail").asText()).isEqualTo("The request headers are too large.");
        }

        @Test
        void domain_invalid_input_is_422_validation_failed_with_every_field() throws Exception {
            JsonNode body = assertProblem(get("/test/invalid"), 422, "validation_failed");

            assertThat(body.get("errors")).hasSize(2);
            assertThat(body.get("errors").get(0).get("field").asText()).isEqualTo("children[1].dateOfBirth");
            assertThat(body.get("errors").get(0).get("code").asText()).isEqualTo("must_not_be_in_future");
            assertThat(body.get("errors").get(0).get("message").asText()).isNotBlank();
            assertThat(body.get("errors").get(1).get("field").asText()).isEqualTo("rent.frequency");
        }
    }

    @Nested
    class JsonShape {
        @Test
        void a_valid_body_reaches_the_handler_and_pence_go_out_as_integers() throws Exception {
            HttpResponse<String> response = postJson("/test/echo",
                    "{\"name\":\"Sam\",\"amount\":95000,\"dateOfBirth\":\"1990-04-01\",\"kind\":\"RENT\","
                            + "\"items\":[{\"label\":\"a\",\"amount\":1}]}");

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
            assertThat(JSON.readTree(response.body()).get("amount").isIntegralNumber()).isTrue();
            assertThat(JSON.readTree(response.body()).get("amount").asLong()).isEqualTo(95000);
            assertThat(JSON.readTree(response.body()).get("items").asInt()).isEqualTo(1);
        }

        @Test
        void a_charset_parameter_on_json_is_accepted() throws Exception {
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/test/echo"))
                    .header("Content-Type", "application/json; charset=utf-8")
                    .POST(BodyPublishers.ofString("{\"name\":\"Sam\",\"amount\":1}")));

            assertThat(response.statusCode()).isEqualTo(200);
        }

        @Test
        void an_unknown_field_is_422_naming_it() throws Exception {
            JsonNode body = assertProblem(postJson("/test/echo", "{\"nmae\":\"Sam\"}"), 422, "validation_failed");

            assertThat(body.get("errors").get(0).get("field").asText()).isEqualTo("nmae");
            assertThat(body.get("errors").get(0).get("code").asText()).isEqualTo("unknown_field");
        }

        @Test
        void fractional_pence_are_refused_not_rounded() throws Exception {
            HttpResponse<String> response = postJson("/test/echo", "{\"items\":[{\"amount\":1},{\"amount\":950.5}]}");

            JsonNode body = assertProblem(response, 422, "validation_failed");
            assertThat(body.get("errors").get(0).get("field").asText()).isEqualTo("items[1].amount");
            assertThat(body.get("errors").get(0).get("code").asText()).isEqualTo("wrong_type");
            assertThat(response.body()).doesNotContain("950.5");
        }

        @Test
        void pence_as_a_string_is_refused() throws Exception {
            JsonNode body = assertProblem(postJson("/test/echo", "{\"amount\":\"95000\"}"), 422, "validation_failed");

            assertThat(body.get("errors").get(0).get("field").asText()).isEqualTo("amount");
        }

        @Test
        void an_unknown_enum_value_is_422_listing_the_allowed_ones() throws Exception {
            HttpResponse<String> response = postJson("/test/echo", "{\"kind\":\"MORTGAGE\"}");

            JsonNode body = assertProblem(response, 422, "validation_failed");
            assertThat(body.get("errors").get(0).get("field").asText()).isEqualTo("kind");
            assertThat(body.get("errors").get(0).get("code").asText()).isEqualTo("unknown_value");
            assertThat(body.get("errors").get(0).get("message").asText()).contains("RENT", "COUNCIL_TAX")
                    .doesNotContain("MORTGAGE");
        }

        @Test
        void an_impossible_date_is_422_naming_the_field_without_echoing_it() throws Exception {
            HttpResponse<String> response = postJson("/test/echo", "{\"dateOfBirth\":\"1990-02-31\"}");

            JsonNode body = assertProblem(response, 422, "validation_failed");
            assertThat(body.get("errors").get(0).get("field").asText()).isEqualTo("dateOfBirth");
            assertThat(response.body()).doesNotContain("1990-02-31");
        }

        @Test
        void path_parameters_reach_the_handler() throws Exception {
            HttpResponse<String> response = get("/test/items/abc-123");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(response.body()).get("name").asText()).isEqualTo("abc-123");
        }
    }

    @Nested
    class RequestIds {
        @Test
        void a_safe_request_id_is_echoed_and_used_as_trace_id() throws Exception {
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/nowhere"))
                    .header("X-Request-Id", "client-abc_123.4:5").GET());

            assertThat(response.headers().firstValue("X-Request-Id")).hasValue("client-abc_123.4:5");
            assertThat(JSON.readTree(response.body()).get("traceId").asText()).isEqualTo("client-abc_123.4:5");
        }

        @ParameterizedTest(name = "unsafe id [{0}] is replaced")
        @ValueSource(strings = {"has space", "semi;colon", "-starts-with-dash", "é-accent", "quote\"d"})
        void an_unsafe_request_id_is_replaced_by_a_new_one(String unsafe) throws Exception {
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/health/live"))
                    .header("X-Request-Id", unsafe).GET());

            String echoed = response.headers().firstValue("X-Request-Id").orElseThrow();
            assertThat(echoed).isNotEqualTo(unsafe).matches("[0-9a-f-]{36}");
        }

        @Test
        void an_overlong_request_id_is_replaced() throws Exception {
            String tooLong = "a".repeat(129);
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/health/live"))
                    .header("X-Request-Id", tooLong).GET());

            assertThat(response.headers().firstValue("X-Request-Id")).hasValueSatisfying(
                    id -> assertThat(id).isNotEqualTo(tooLong).hasSize(36));
        }

        @Test
        void without_a_request_id_one_is_created() throws Exception {
            HttpResponse<String> response = get("/health/live");

            assertThat(response.headers().firstValue("X-Request-Id")).hasValueSatisfying(
                    id -> assertThat(id).matches("[0-9a-f-]{36}"));
        }

        @Test
        void every_log_line_of_a_request_carries_its_id() throws Exception {
            ListAppender<ILoggingEvent> logs = captureLogs();
            try {
                send(HttpRequest.newBuilder(uri("/test/log")).header("X-Request-Id", "trace-me-42").GET());

                List<ILoggingEvent> lines = logs.list.stream()
                        .filter(e -> e.getMDCPropertyMap().containsValue("trace-me-42")
                                || String.valueOf(e.getKeyValuePairs()).contains("/test/log"))
                        .toList();
                assertThat(lines).extracting(ILoggingEvent::getFormattedMessage)
                        .anySatisfy(m -> assertThat(m).isEqualTo("handler ran"));
                assertThat(lines).anySatisfy(e -> {
                    assertThat(e.getLoggerName()).isEqualTo("dev.hearth.http.access");
                    assertThat(e.getKeyValuePairs().toString()).contains("route=\"/test/log\"", "status=\"200\"");
                });
                assertThat(lines).allSatisfy(e ->
                        assertThat(e.getMDCPropertyMap()).containsEntry("requestId", "trace-me-42"));
            } finally {
                releaseLogs(logs);
            }
        }
    }

    @Nested
    class Documentation {
        @Test
        void the_openapi_document_is_served_and_lists_the_routes() throws Exception {
            HttpResponse<String> response = get("/openapi.json");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
            JsonNode doc = JSON.readTree(response.body());
            assertThat(doc.get("openapi").asText()).startsWith("3.0");
            assertThat(doc.get("paths").has("/health/ready")).isTrue();
            assertThat(doc.get("paths").has("/test/echo")).isTrue();
        }

        @Test
        void the_docs_page_loads_swagger_ui_from_the_webjar() throws Exception {
            HttpResponse<String> page = get("/docs");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                    ct -> assertThat(ct).startsWith("text/html"));
            assertThat(page.body()).contains("/docs/assets/swagger-ui-bundle.js");

            HttpResponse<String> bundle = get("/docs/assets/swagger-ui-bundle.js");
            assertThat(bundle.statusCode()).isEqualTo(200);
            assertThat(bundle.body().length()).isGreaterThan(100_000);

            HttpResponse<String> init = get("/docs/assets/hearth-init.js");
            assertThat(init.body()).contains("/openapi.json");
        }

        @Test
        void only_the_assets_the_page_needs_are_served() throws Exception {
            assertProblem(get("/docs/assets/index.html"), 404, "not_found");
        }
    }

    @Test
    void stopping_drains_a_request_in_flight() throws Exception {
        TestRoutes routes = new TestRoutes();
        HttpServer own = HttpServer.start(settings(), List.of(routes));
        URI slow = URI.create("http://127.0.0.1:" + own.port() + "/test/slow");
        CompletableFuture<HttpResponse<String>> inFlight = CLIENT.sendAsync(
                HttpRequest.newBuilder(slow).GET().build());
        assertThat(routes.slowStarted.await(5, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(own::stop);
        Thread.sleep(300); // the stop is now waiting on the request in flight
        assertThat(stopping).isNotDone();
        routes.slowRelease.countDown();

        HttpResponse<String> response = inFlight.get(10, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("finished");
        stopping.get(10, TimeUnit.SECONDS);
    }

    static ListAppender<ILoggingEvent> captureLogs() {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(appender);
        return appender;
    }

    static void releaseLogs(ListAppender<ILoggingEvent> appender) {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(appender);
    }

    /** One HTTP/1.1 exchange over a plain socket: the status, headers and body of the answer. */
    record RawResponse(int status, java.util.Map<String, String> headers, String body) {

        String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }

        static RawResponse exchange(int port, byte[] head, byte[] body) throws IOException {
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
                socket.setSoTimeout(10_000);
                java.io.OutputStream out = socket.getOutputStream();
                out.write(head);
                try {
                    out.write(body);
                    out.flush();
                } catch (IOException answeredEarly) {
                    // the server may answer and stop reading before the whole body is sent; the answer is what counts
                }
                java.io.DataInputStream in = new java.io.DataInputStream(
                        new java.io.BufferedInputStream(socket.getInputStream()));
                String statusLine = readLine(in);
                int status = Integer.parseInt(statusLine.split(" ")[1]);
                java.util.Map<String, String> headers = new java.util.HashMap<>();
                for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
                    int colon = line.indexOf(':');
                    headers.put(line.substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT),
                            line.substring(colon + 1).trim());
                }
                byte[] content = new byte[Integer.parseInt(headers.getOrDefault("content-length", "0"))];
                in.readFully(content);
                return new RawResponse(status, headers, new String(content, StandardCharsets.UTF_8));
            }
        }

        private static String readLine(java.io.DataInputStream in) throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new java.io.EOFException("connection closed before the end of the answer's headers");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }
    }
}
