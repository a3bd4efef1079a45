package dev.hearth.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hearth.adapter.out.postgres.crypto.FieldKeyset;
import dev.hearth.testsupport.DocumentedHttp;
import dev.hearth.testsupport.TestRedis;
import dev.hearth.testsupport.TestReplicatedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * What ships is what is tested: the packaged {@code bootstrap/target/hearth.jar}, started as its own process with
 * {@code java -jar hearth.jar serve} on the newest JDK on the machine, in the production profile with every optional
 * feature configured: a primary and a streaming read replica (a least-privilege login: the schema owner, neither
 * superuser nor BYPASSRLS), Redis, and an external token issuer whose JWKS this test publishes on loopback. Each feature
 * answers a real request. Runs in Maven's {@code verify} phase (maven-failsafe-plugin), after {@code package}.
 *
 * <p>The jar's classpath is the shaded jar alone, so a dependency the tests have but the jar lacks (a test-scoped
 * declaration shadowing a runtime one, as Failsafe once was) makes the process die at start, and this test says why.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PackagedJarIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DocumentedHttp CLIENT = DocumentedHttp.client();
    private static final String LOGIN = "hearth_jar_owner";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private static TestReplicatedPostgres databases;
    private static TestCredentials.ExternalIssuer issuer;
    private static Process hearth;
    private static Path log;
    private static int port;
    private static String householdId;

    @BeforeAll
    static void startTheJar() throws Exception {
        Path jar = packagedJar();
        assertThat(jar).as("run `./mvnw -B verify`: the jar is built in package, before this test").isRegularFile();

        databases = TestReplicatedPostgres.start("hearth_jar");
        try (Connection c = TestReplicatedPostgres.connect(databases.primaryJdbcUrl());
             Statement s = c.createStatement()) {
            // production's recommended login (ADR 0012, 0016): owns the database, may act as hearth_app, nothing more
            s.execute("CREATE ROLE " + LOGIN + " LOGIN PASSWORD 'jar-test-password' NOSUPERUSER NOBYPASSRLS");
            s.execute("CREATE ROLE hearth_app NOLOGIN NOSUPERUSER NOBYPASSRLS");
            s.execute("GRANT hearth_app TO " + LOGIN);
            s.execute("ALTER DATABASE " + databases.database() + " OWNER TO " + LOGIN);
        }
        issuer = new TestCredentials.ExternalIssuer(Clock.systemUTC());
        port = freePort();
        log = Path.of("target", "packaged-jar-it.log").toAbsolutePath(); // kept for a look after a failure

        ProcessBuilder builder = new ProcessBuilder(java().toString(), "-jar", jar.toString(), "serve")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("HEARTH_") || name.startsWith("DATABASE_")
                || name.equals("REDIS_URL"));
        env.put("HEARTH_PROFILE", "production");
        env.put("HEARTH_HTTP_HOST", "127.0.0.1");
        env.put("HEARTH_HTTP_PORT", Integer.toString(port));
        env.put("HEARTH_LOG_FORMAT", "text");
        env.put("HEARTH_SHUTDOWN_GRACE_SECONDS", "2");
        env.put("HEARTH_DATA_DIR", Files.createTempDirectory("hearth-packaged-jar-data").toString());
        env.put("DATABASE_URL", databases.primaryJdbcUrl());
        env.put("DATABASE_USER", LOGIN);
        env.put("DATABASE_PASSWORD", "jar-test-password");
        env.put("DATABASE_REPLICA_URL", databases.replicaJdbcUrl());
        env.put("REDIS_URL", TestRedis.instance().url());
        env.put("HEARTH_FIELD_KEYSET", FieldKeyset.generate().toBase64Json());
        env.put("HEARTH_AUTH_LOOKUP_KEY", Base64.getEncoder().encodeToString(new byte[] {
                1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28,
                29, 30, 31, 32}));
        env.putAll(issuer.environment());
        hearth = builder.start();
        awaitLive();
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (hearth != null) {
            hearth.destroy(); // SIGTERM: drains and stops
            if (!hearth.waitFor(30, TimeUnit.SECONDS)) {
                hearth.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        if (issuer != null) {
            issuer.close();
        }
        if (databases != null) {
            databases.close();
        }
    }

    @Test
    @Order(1)
    void readiness_reports_the_primary_the_replica_and_redis_up() throws Exception {
        HttpResponse<String> ready = get("/health/ready", null);
        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(ready.body());
        assertThat(body.get("status").asText()).as(ready.body()).isEqualTo("up");
        JsonNode postgres = dependency(body, "postgres");
        assertThat(postgres.get("state").asText()).isEqualTo("up");
        assertThat(postgres.get("detail").asText()).contains("external server").contains("replica answered");
        assertThat(dependency(body, "redis").get("state").asText()).isEqualTo("up");
        assertThat(redisClientNames()).as("the server's own Redis connection (readiness pings through it)")
                .contains("hearth");
    }

    @Test
    @Order(2)
    void an_external_issuers_token_reaches_an_authenticated_route() throws Exception {
        HttpResponse<String> me = get("/v1/auth/me", issuer.token("better-auth-user-7"));
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(JSON.readTree(me.body()).get("scopes").toString()).contains("account");
        assertThat(issuer.keysServed()).as("the JWKS was fetched from the issuer").isPositive();
        assertThat(get("/v1/auth/me", issuer.token("better-auth-user-7").replace(".ey", ".eY")).statusCode())
                .as("a token whose payload was altered").isEqualTo(401);
    }

    @Test
    @Order(3)
    void a_household_is_written_to_the_primary_and_read_from_the_replica() throws Exception {
        String token = issuer.token("better-auth-user-7");
        ObjectNode facts = (ObjectNode) JSON.readTree(Files.readString(RepositoryFiles.root()
                .resolve("docs/examples/universal-credit-issue-household.json")));
        facts.remove("assessmentPeriodStart");
        String key = java.util.UUID.randomUUID().toString();
        HttpResponse<String> created = send(HttpRequest.newBuilder(uri("/v1/households"))
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(facts.toString())), token);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        householdId = JSON.readTree(created.body()).get("id").asText();
        // ADR 0026: the same request retried with its key is answered the first answer, and creates nothing
        HttpResponse<String> retried = send(HttpRequest.newBuilder(uri("/v1/households"))
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(facts.toString())), token);
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(201);
        assertThat(retried.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(retried.body()).isEqualTo(created.body());
        databases.awaitReplicaCaughtUp(Duration.ofSeconds(10));

        // with the replica's replay paused, a change on the primary cannot be seen there: reading the old version
        // shows the read was answered by the replica
        try (Connection replica = TestReplicatedPostgres.connect(databases.replicaJdbcUrl());
             Statement s = replica.createStatement()) {
            s.execute("SELECT pg_wal_replay_pause()");
            try {
                HttpResponse<String> changed = send(HttpRequest.newBuilder(uri("/v1/households/" + householdId))
                        .header("Content-Type", "application/merge-patch+json").header("If-Match", "\"1\"")
                        .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                        .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"capitalPence\": 500000}")), token);
                assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
                assertThat(changed.headers().firstValue("ETag")).hasValue("\"2\"");

                HttpResponse<String> read = get("/v1/households/" + householdId, token);
                assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
                assertThat(read.headers().firstValue("ETag")).as("served by the paused replica").hasValue("\"1\"");
            } finally {
                s.execute("SELECT pg_wal_replay_resume()");
            }
        }
        databases.awaitReplicaCaughtUp(Duration.ofSeconds(10));
        HttpResponse<String> caughtUp = get("/v1/households/" + householdId, token);
        assertThat(caughtUp.headers().firstValue("ETag")).hasValue("\"2\"");
        assertThat(caughtUp.headers().firstValue("Hearth-Data-Freshness")).hasValue("current");
        assertThat(JSON.readTree(caughtUp.body()).toString()).contains("500000");
    }

    @Test
    @Order(4)
    void the_process_logged_no_error() throws Exception {
        assertThat(Files.readString(log)).doesNotContain(" ERROR ").doesNotContain("Exception in thread");
    }

    // ----- the process -----------------------------------------------------------------------------------------

    /** The jar the build packaged (failsafe passes its path), else where the build puts it. */
    private static Path packagedJar() {
        String configured = System.getProperty("hearth.packagedJar");
        return configured != null ? Path.of(configured) : Path.of("target", "hearth.jar").toAbsolutePath();
    }

    /** The newest JDK on the machine, as the server is meant to run (conventions 9), else this test's own. */
    static Path java() {
        Path temurin25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/bin/java");
        return Files.isExecutable(temurin25) ? temurin25 : Path.of(System.getProperty("java.home"), "bin", "java");
    }

    private static void awaitLive() throws Exception {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (true) {
            if (!hearth.isAlive()) {
                throw new AssertionError("java -jar hearth.jar serve exited with " + hearth.exitValue()
                        + " before it was ready; its output:\n" + Files.readString(log));
            }
            try {
                if (get("/health/live", null).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("hearth.jar was not live within " + START_TIMEOUT.toSeconds()
                        + " s; its output:\n" + Files.readString(log));
            }
            Thread.sleep(250);
        }
    }

    // ----- HTTP --------------------------------------------------------------------------------------------------

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static HttpResponse<String> get(String path, String bearer) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET(), bearer);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, String bearer) throws Exception {
        request.timeout(Duration.ofSeconds(20));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode dependency(JsonNode readiness, String name) {
        for (JsonNode d : readiness.get("dependencies")) {
            if (d.get("name").asText().equals(name)) {
                return d;
            }
        }
        throw new AssertionError("readiness lists no " + name + ": " + readiness);
    }

    // ----- Redis: who is connected (CLIENT LIST over RESP, no client library) --------------------------------------

    private static String redisClientNames() throws IOException {
        URI url = URI.create(TestRedis.instance().url());
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write("*2\r\n$6\r\nCLIENT\r\n$4\r\nLIST\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String header = readLine(in);
            assertThat(header).startsWith("$");
            byte[] body = in.readNBytes(Integer.parseInt(header.substring(1)));
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
            if (c != '\r') {
                sb.append((char) c);
            }
        }
        return sb.toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
