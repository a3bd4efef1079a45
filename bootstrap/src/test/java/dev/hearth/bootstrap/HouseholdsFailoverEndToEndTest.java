package dev.hearth.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hearth.bootstrap.config.ConfigLoader;
import dev.hearth.bootstrap.config.HearthConfig;
import dev.hearth.testsupport.DocumentedHttp;
import dev.hearth.testsupport.TestReplicatedPostgres;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Issue 5's primary and replica evidence through the whole server: two real PostgreSQL servers in streaming
 * replication; the primary is stopped during a run of writes and reads, reads keep answering from the replica marked
 * possibly delayed, writes are refused cleanly (503 writes_unavailable with Retry-After), readiness says so, and after
 * the primary returns (with nothing restarted on Hearth's side) every household whose creation was acknowledged is
 * there.
 */
class HouseholdsFailoverEndToEndTest {

    private static final DocumentedHttp CLIENT = DocumentedHttp.client();
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The signed-in owner of every household the test makes (access tokens live 10 minutes: ample). */
    private static volatile TestCredentials.Login session;

    @Test
    void reads_continue_from_the_replica_writes_are_refused_cleanly_and_no_acknowledged_write_is_lost()
            throws Exception {
        try (TestReplicatedPostgres pair = TestReplicatedPostgres.start("hearth_failover_e2e")) {
            Map<String, String> env = new HashMap<>();
            env.put("DATABASE_URL", pair.primaryJdbcUrl());
            env.put("DATABASE_USER", TestReplicatedPostgres.USER);
            env.put("DATABASE_REPLICA_URL", pair.replicaJdbcUrl());
            env.put("HEARTH_DATA_DIR", Files.createTempDirectory("hearth-failover").toString());
            HearthConfig config = ConfigLoader.load(env).withHttpPort(0);
            String facts = TestCredentials.householdFacts().toString();

            try (Hearth hearth = Hearth.start(config)) {
                session = TestCredentials.signUp(hearth.httpPort(), "failover@example.org");
                String first = created(send(hearth, "POST", "/v1/households", facts));
                pair.awaitReplicaCaughtUp(Duration.ofSeconds(10));

                List<String> acknowledged = new CopyOnWriteArrayList<>(List.of(first));
                AtomicInteger refused = new AtomicInteger();
                AtomicBoolean writing = new AtomicBoolean(true);
                List<String> unexpected = new CopyOnWriteArrayList<>();
                Thread writer = new Thread(() -> {
                    while (writing.get()) {
                        try {
                            HttpResponse<String> r = send(hearth, "POST", "/v1/households", facts);
                            if (r.statusCode() == 201) {
                                acknowledged.add(JSON.readTree(r.body()).get("id").asText());
                            } else if (r.statusCode() == 503) {
                                refused.incrementAndGet();
                            } else {
                                unexpected.add(r.statusCode() + " " + r.body());
                            }
                            Thread.sleep(20);
                        } catch (Exception e) {
                            unexpected.add(e.toString());
                        }
                    }
                }, "failover-writer");
                writer.start();
                Thread.sleep(300);

                pair.stopPrimary();
                HttpResponse<String> refusedWrite = awaitStatus(hearth, "POST", "/v1/households", facts, 503);
                JsonNode problem = JSON.readTree(refusedWrite.body());
                assertThat(problem.get("code").asText()).isEqualTo("writes_unavailable");
                assertThat(refusedWrite.headers().firstValue("Retry-After")).isPresent();
                assertThat(refusedWrite.headers().firstValue("Content-Type")).hasValue("application/problem+json");

                HttpResponse<String> read = send(hearth, "GET", "/v1/households/" + first, null);
                assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
                assertThat(read.headers().firstValue("Hearth-Data-Freshness")).hasValue("possibly-delayed");
                assertThat(JSON.readTree(read.body()).get("dataMayBeDelayed").asBoolean()).isTrue();
                HttpResponse<String> list = send(hearth, "GET", "/v1/households?limit=5", null);
                assertThat(list.statusCode()).isEqualTo(200);
                assertThat(JSON.readTree(list.body()).get("dataMayBeDelayed").asBoolean()).isTrue();

                HttpResponse<String> ready = send(hearth, "GET", "/health/ready", null);
                assertThat(ready.statusCode()).as("reads are still possible: ready").isEqualTo(200);
                assertThat(JSON.readTree(ready.body()).at("/dependencies/0/state").asText()).isEqualTo("degraded");

                pair.startPrimary();
                awaitStatus(hearth, "POST", "/v1/households", facts, 201);
                Thread.sleep(300);
                writing.set(false);
                writer.join(10_000);

                assertThat(unexpected).as("every write either succeeded or was refused with 503").isEmpty();
                assertThat(refused.get()).as("the writer ran into the outage").isPositive();
                pair.awaitReplicaCaughtUp(Duration.ofSeconds(10));
                for (String id : acknowledged) {
                    HttpResponse<String> back = send(hearth, "GET", "/v1/households/" + id, null);
                    assertThat(back.statusCode()).as("acknowledged household " + id).isEqualTo(200);
                    assertThat(back.headers().firstValue("Hearth-Data-Freshness")).hasValue("current");
                }
                HttpResponse<String> readyAgain = send(hearth, "GET", "/health/ready", null);
                assertThat(JSON.readTree(readyAgain.body()).at("/dependencies/0/state").asText()).isEqualTo("up");
            }
        }
    }

    private static String created(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).get("id").asText();
    }

    private static HttpResponse<String> awaitStatus(Hearth hearth, String method, String path, String body, int status)
            throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        HttpResponse<String> last;
        do {
            last = send(hearth, method, path, body);
            if (last.statusCode() == status) {
                return last;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        assertThat(last.statusCode()).as(last.body()).isEqualTo(status);
        return last;
    }

    private static HttpResponse<String> send(Hearth hearth, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + hearth.httpPort() + path))
                .timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (session != null) {
            request.header("Authorization", session.bearer());
            if (!method.equals("GET")) {
                request.header(DocumentedHttp.IDEMPOTENCY_KEY, java.util.UUID.randomUUID().toString());
            }
        }
        return CLIENT.send(request.build(), BodyHandlers.ofString());
    }
}
