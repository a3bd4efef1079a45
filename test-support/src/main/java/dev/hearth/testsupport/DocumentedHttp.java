package dev.hearth.testsupport;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.report.ValidationReport.Level;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * The one HTTP client of the tests of every module: every answer it receives is checked against the committed
 * {@code docs/openapi.json} by a standard validator (Atlassian's swagger-request-validator) before the test sees it. A
 * status the operation does not document, a body that does not match the documented schema (a {@code null} where the
 * schema does not allow one, a missing required field, a wrong type) or a documented header of the wrong shape fails
 * the test with the validator's messages, so the document a client is generated from matches every answer the tests
 * provoke. Requests are not checked: tests send wrong requests on purpose.
 *
 * <p>Answers to paths the document does not describe are allowed only where Hearth serves something besides the API
 * (the document itself and its docs page) or where the answer is the documented "no such page" problem (404).
 *
 * <p>End-to-end tests and the route tests of adapters-http check answers against the committed document
 * ({@link #client()}); tests of the HTTP server itself, on routes that exist only in tests, check them against the
 * document that server serves ({@link #servedAt(int)}). {@code DocumentedHttpTest} fails the build when a test in any
 * module builds its own {@code HttpClient}.
 */
public final class DocumentedHttp {

    /** The header a state-changing request carries its idempotency key in (ADR 0026). */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    /** Served besides the API: the document itself and the page that shows it. */
    private static final Set<String> NOT_API = Set.of("/openapi.json", "/docs");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static volatile DocumentedHttp committed;

    private final OpenApiInteractionValidator validator;

    private DocumentedHttp(OpenApiInteractionValidator validator) {
        this.validator = validator;
    }

    /** The client checking answers against the committed {@code docs/openapi.json}. */
    public static DocumentedHttp client() {
        DocumentedHttp c = committed;
        if (c == null) {
            synchronized (DocumentedHttp.class) {
                if (committed == null) {
                    committed = against(repositoryRoot().resolve("docs/openapi.json"));
                }
                c = committed;
            }
        }
        return c;
    }

    /** A client checking answers against the document at {@code openApiJson}. */
    public static DocumentedHttp against(Path openApiJson) {
        try {
            return ofDocument(Files.readString(openApiJson, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + openApiJson, e);
        }
    }

    /**
     * A client checking answers against the document the server on loopback {@code port} serves at
     * {@code /openapi.json}: for tests of the server itself, whose routes exist only in the test.
     */
    public static DocumentedHttp servedAt(int port) {
        try {
            HttpResponse<String> served = HTTP.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/openapi.json"))
                    .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (served.statusCode() != 200) {
                throw new IllegalStateException("the server on port " + port + " answered " + served.statusCode()
                        + " for /openapi.json");
            }
            return ofDocument(served.body());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot fetch /openapi.json from port " + port, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted fetching /openapi.json", e);
        }
    }

    /** A client checking answers against {@code document}, an OpenAPI document as JSON. */
    public static DocumentedHttp ofDocument(String document) {
        return new DocumentedHttp(OpenApiInteractionValidator.createForInlineApiSpecification(document)
                .withLevelResolver(LevelResolver.create()
                        // requests are the tests' to get wrong; only answers are checked
                        .withLevel("validation.request", Level.IGNORE)
                        // kept (not as errors) to tell an undescribed path or method from a wrong answer
                        .withLevel("validation.request.path.missing", Level.INFO)
                        .withLevel("validation.request.operation.notAllowed", Level.INFO)
                        .withLevel("validation.response", Level.ERROR)
                        .withLevel("validation.schema", Level.ERROR)
                        .build())
                .build());
    }

    /** Sends {@code request} and returns the answer once it has been checked against the document. */
    public HttpResponse<String> send(HttpRequest request, HttpResponse.BodyHandler<String> bodyHandler)
            throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request, bodyHandler);
        check(request.method(), request.uri(), response.statusCode(), response.headers().map(), response.body());
        return response;
    }

    /**
     * Sends {@code request} without waiting; the answer is checked against the document before the future completes
     * (exceptionally, with the {@link AssertionError}, when it does not match).
     */
    public CompletableFuture<HttpResponse<String>> sendAsync(HttpRequest request) {
        return HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(response -> {
            check(request.method(), request.uri(), response.statusCode(), response.headers().map(), response.body());
            return response;
        });
    }

    /** Sends a GET to {@code path} on the server on loopback {@code port}, with no credentials. */
    public HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return send(port, "GET", path, null, null, null);
    }

    /**
     * Sends a JSON request to the server on loopback {@code port}, as the end-to-end tests do: {@code body} (or none)
     * as {@code application/json}, or {@code application/merge-patch+json} for PATCH; {@code ifMatch} and
     * {@code bearer} (the whole {@code Authorization} value) when not null. A request with a bearer that is not a GET
     * or HEAD carries a new {@code Idempotency-Key}, as a client doing one change would (ADR 0026). The answer is
     * checked like any other.
     */
    public HttpResponse<String> send(int port, String method, String path, String body, String ifMatch, String bearer)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", method.equals("PATCH") ? "application/merge-patch+json"
                    : "application/json");
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (bearer != null) {
            request.header("Authorization", bearer);
            if (!method.equals("GET") && !method.equals("HEAD")) {
                request.header(IDEMPOTENCY_KEY, java.util.UUID.randomUUID().toString());
            }
        }
        return send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Fails with the validator's messages when an answer of {@code status} with these headers and body to
     * {@code method uri} is not what the document says that operation answers.
     */
    public void check(String method, URI uri, int status, Map<String, List<String>> headers, String body) {
        String path = uri.getRawPath();
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(status);
        headers.forEach((name, values) -> answer.withHeader(name, values));
        if (body != null && !body.isEmpty()) {
            answer.withBody(body);
        }
        ValidationReport report = validator.validateResponse(path,
                Request.Method.valueOf(method.toUpperCase(Locale.ROOT)), answer.build());
        if (has(report, "validation.request.operation.notAllowed")) {
            if (status != 405 || !contentType(headers).startsWith("application/problem+json")) {
                throw new AssertionError(method + " " + path + " is not in docs/openapi.json, yet answered " + status);
            }
            return;
        }
        if (has(report, "validation.request.path.missing")) {
            if (NOT_API.contains(path) || path.startsWith("/docs/")) {
                return;
            }
            String type = contentType(headers);
            if (status == 404 && type.startsWith("application/problem+json")) {
                return;
            }
            throw new AssertionError(method + " " + path + " is not in docs/openapi.json, yet answered " + status
                    + " " + type);
        }
        if (report.hasErrors()) {
            throw new AssertionError("the answer to " + method + " " + path + " (" + status + ") does not match "
                    + "docs/openapi.json:\n" + report.getMessages().stream()
                            .filter(m -> m.getLevel() == Level.ERROR)
                            .map(m -> "  - " + m.getKey() + ": " + m.getMessage()
                                    + (m.getContext().flatMap(c -> c.getPointers())
                                            .map(p -> " at " + p.getInstance()).orElse(""))
                                    + m.getAdditionalInfo().stream().map(i -> "\n      " + i)
                                            .collect(Collectors.joining()))
                            .collect(Collectors.joining("\n"))
                    + "\nbody: " + abbreviated(body));
        }
    }

    private static boolean has(ValidationReport report, String key) {
        return report.getMessages().stream().anyMatch(m -> m.getKey().equals(key));
    }

    private static String contentType(Map<String, List<String>> headers) {
        return headers.entrySet().stream()
                .filter(h -> h.getKey().equalsIgnoreCase("Content-Type"))
                .flatMap(h -> h.getValue().stream()).findFirst().orElse("");
    }

    /** The repository root: the nearest folder upwards holding {@code mvnw}, whatever the module running the test. */
    public static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("not inside the Hearth repository");
        }
        return dir;
    }

    private static String abbreviated(String body) {
        if (body == null) {
            return "(none)";
        }
        return body.length() <= 20_000 ? body : body.substring(0, 20_000) + "...";
    }
}
