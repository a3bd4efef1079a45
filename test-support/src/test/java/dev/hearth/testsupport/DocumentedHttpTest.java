package dev.hearth.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The tests' one HTTP client fails a test on an answer docs/openapi.json does not describe. Proved here against a
 * stand-in server that answers the documented health route wrongly on purpose.
 */
class DocumentedHttpTest {

    private static HttpServer server;

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/health/live", exchange -> {
            String query = exchange.getRequestURI().getQuery();
            int status = 200;
            String body = "{\"status\":\"up\"}";
            if ("undocumented-status".equals(query)) {
                status = 418;
            } else if ("null-field".equals(query)) {
                body = "{\"status\":null}";
            } else if ("missing-field".equals(query)) {
                body = "{}";
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", status == 200 ? "application/json"
                    : "application/problem+json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return DocumentedHttp.client().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_documented_answer_passes() throws Exception {
        assertThat(get("/health/live").statusCode()).isEqualTo(200);
    }

    @Test
    void a_status_the_document_does_not_list_fails_the_test() {
        assertThatThrownBy(() -> get("/health/live?undocumented-status"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("GET /health/live (418)")
                .hasMessageContaining("validation.response.status.unknown");
    }

    @Test
    void a_null_where_the_schema_does_not_allow_one_fails_the_test() {
        assertThatThrownBy(() -> get("/health/live?null-field"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("validation.response.body.schema");
    }

    @Test
    void a_missing_required_field_fails_the_test() {
        assertThatThrownBy(() -> get("/health/live?missing-field"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("validation.response.body.schema.required");
    }

    @Test
    void a_path_the_document_does_not_describe_may_only_answer_not_found() {
        assertThatThrownBy(() -> DocumentedHttp.client().check("GET", URI.create("/v1/secret-route"), 200,
                java.util.Map.of("Content-Type", List.of("application/json")), "{}"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("is not in docs/openapi.json");
    }

    /**
     * Every HTTP test of every module talks HTTP through {@link DocumentedHttp}, so no answer escapes the check (raw
     * sockets stay allowed: they test what a well-behaved client cannot send).
     */
    @Test
    void no_test_in_any_module_builds_its_own_http_client() throws IOException {
        Path root = DocumentedHttp.repositoryRoot();
        List<String> offenders = new ArrayList<>();
        List<Path> testSources;
        try (Stream<Path> modules = Files.list(root)) {
            testSources = modules.map(m -> m.resolve("src/test/java")).filter(Files::isDirectory).toList();
        }
        assertThat(testSources).as("the modules' test sources")
                .contains(root.resolve("bootstrap/src/test/java"), root.resolve("adapters-http/src/test/java"));
        for (Path tests : testSources) {
            try (Stream<Path> files = Files.walk(tests)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String source = Files.readString(f, StandardCharsets.UTF_8);
                    if (source.contains("HttpClient" + ".new") || source.contains("HttpURL" + "Connection")) {
                        offenders.add(root.relativize(f).toString());
                    }
                }
            }
        }
        assertThat(offenders).as("send test requests through dev.hearth.testsupport.DocumentedHttp").isEmpty();
    }
}
