package dev.hearth.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hearth.bootstrap.config.ConfigLoader;
import dev.hearth.bootstrap.config.HearthConfig;
import dev.hearth.testsupport.DocumentedHttp;
import dev.hearth.testsupport.TestDatabase;
import dev.hearth.testsupport.TestPostgres;
import dev.hearth.testsupport.TestRedis;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Redis stopped and started again (empty) while two Hearth instances take writes (issue 13, ADR 0026): no answer is
 * a 5xx because of it, no key makes a second effect, and readiness says Redis is down, then up again, without any
 * restart of Hearth.
 */
class RedisOutageEndToEndTest {

    private static final DocumentedHttp CLIENT = DocumentedHttp.client();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void writes_through_a_redis_restart_get_no_5xx_and_no_duplicate_effect_and_readiness_recovers()
            throws Exception {
        TestDatabase database = TestPostgres.instance().createDatabase(RedisOutageEndToEndTest.class);
        try (TestRedis.Server redis = TestRedis.startPrivate()) {
            Map<String, String> env = HearthEndToEndTest.databaseEnvironment(database);
            env.put("REDIS_URL", redis.url());
            HearthConfig config = ConfigLoader.load(env).withHttpPort(0);
            List<Hearth> instances = Hearth.startInstances(config, 2);
            try {
                Hearth first = instances.get(0);
                Hearth second = instances.get(1);
                TestCredentials.Login owner = TestCredentials.signUp(first.httpPort(), "outage@example.org");
                List<String> keys = new ArrayList<>();
                Set<Integer> statuses = new HashSet<>();

                writeAndRetry(first, second, owner, keys, statuses, 5);
                assertThat(readiness(first, "redis")).isEqualTo("up");

                redis.stop();
                writeAndRetry(first, second, owner, keys, statuses, 5);
                assertThat(readiness(second, "redis")).isEqualTo("down");
                assertThat(readiness(second, null)).as("Hearth still serves: degraded, not down")
                        .isEqualTo("degraded");

                redis.restart();
                awaitReadiness(first, "up");
                awaitReadiness(second, "up");
                writeAndRetry(first, second, owner, keys, statuses, 5);

                assertThat(statuses).as("only created (201), never a 5xx").containsOnly(201);
                assertThat(households(database)).as("one household per key, whatever Redis did")
                        .isEqualTo(keys.size());
            } finally {
                instances.get(1).close();
                instances.get(0).close();
            }
        }
    }

    /** {@code count} new changes, each sent to one instance and retried with the same key on the other. */
    private static void writeAndRetry(Hearth first, Hearth second, TestCredentials.Login owner, List<String> keys,
                                      Set<Integer> statuses, int count) throws Exception {
        for (int i = 0; i < count; i++) {
            String key = UUID.randomUUID().toString();
            keys.add(key);
            HttpResponse<String> created = create(first, owner, key);
            HttpResponse<String> retried = create(second, owner, key);
            statuses.add(created.statusCode());
            statuses.add(retried.statusCode());
            assertThat(retried.body()).as("the retry is the first answer").isEqualTo(created.body());
            assertThat(retried.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        }
    }

    private static HttpResponse<String> create(Hearth instance, TestCredentials.Login who, String key)
            throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + instance.httpPort()
                        + "/v1/households"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", who.bearer())
                .header("Content-Type", "application/json")
                .header(DocumentedHttp.IDEMPOTENCY_KEY, key)
                .POST(HttpRequest.BodyPublishers.ofString(TestCredentials.householdFacts().toString())).build(),
                BodyHandlers.ofString());
    }

    /** The readiness status, or the state of the named dependency. */
    private static String readiness(Hearth instance, String dependency) throws Exception {
        JsonNode body = JSON.readTree(HearthEndToEndTest.get(instance, "/health/ready").body());
        if (dependency == null) {
            return body.get("status").asText();
        }
        for (JsonNode d : body.get("dependencies")) {
            if (d.get("name").asText().equals(dependency)) {
                return d.get("state").asText();
            }
        }
        throw new AssertionError("no dependency " + dependency + " in " + body);
    }

    private static void awaitReadiness(Hearth instance, String state) throws Exception {
        Instant deadline = Instant.now().plusSeconds(15);
        while (!readiness(instance, "redis").equals(state)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("redis never became " + state);
            }
            Thread.sleep(100);
        }
    }

    private static long households(TestDatabase database) throws Exception {
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
             Statement s = c.createStatement(); ResultSet rows = s.executeQuery("SELECT count(*) FROM household")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
