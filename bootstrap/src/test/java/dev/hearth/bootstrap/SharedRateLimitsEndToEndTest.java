package dev.hearth.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hearth.bootstrap.config.ConfigLoader;
import dev.hearth.bootstrap.config.HearthConfig;
import dev.hearth.testsupport.DocumentedHttp;
import dev.hearth.testsupport.TestPostgres;
import dev.hearth.testsupport.TestRedis;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two Hearth instances on loopback sharing one PostgreSQL and one Redis (its own, so no other test's counters mix in)
 * behave as one (ADR 0027): a limit of N a minute admits N in total across both, not 2N; failed logins on one instance
 * throttle the account on the other. With Redis gone, each instance limits on its own, readiness says so and nothing
 * answers 5xx; when Redis is back, readiness is up again without a restart.
 */
class SharedRateLimitsEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DocumentedHttp CLIENT = DocumentedHttp.client();
    private static final int READS_PER_MINUTE = 5;

    private static TestRedis.Server redis;
    private static Hearth first;
    private static Hearth second;

    @BeforeAll
    static void startTwoInstances() {
        assumeTrue(TestRedis.serverOnPath(), "redis-server is not on PATH");
        redis = TestRedis.startPrivate();
        HearthConfig config = config(redis.url());
        // two whole instances on one database and one Redis, as behind a load balancer
        List<Hearth> instances = Hearth.startInstances(config, 2);
        first = instances.get(0);
        second = instances.get(1);
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable c : new AutoCloseable[] {first, second, redis}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception ignored) {
                // best effort
            }
        }
    }

    /** One configuration (one database, one data directory, so one lookup key) for every instance. */
    private static HearthConfig config(String redisUrl) {
        Map<String, String> env = HearthEndToEndTest.databaseEnvironment(
                TestPostgres.instance().createDatabase(SharedRateLimitsEndToEndTest.class));
        env.put("REDIS_URL", redisUrl);
        env.put("HEARTH_RATE_LIMIT_READS", Integer.toString(READS_PER_MINUTE));
        return ConfigLoader.load(env).withHttpPort(0);
    }

    private static HttpResponse<String> get(Hearth hearth, String path) throws Exception {
        return CLIENT.get(hearth.httpPort(), path);
    }

    private static List<HttpResponse<String>> readsAlternating(int count) throws Exception {
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            answers.add(get(i % 2 == 0 ? first : second, "/.well-known/jwks.json"));
        }
        return answers;
    }

    @Test
    void a_limit_of_n_a_minute_admits_n_in_total_across_two_instances_not_2n() throws Exception {
        List<HttpResponse<String>> answers = readsAlternating(3 * READS_PER_MINUTE);

        assertThat(answers.stream().filter(a -> a.statusCode() == 200)).hasSize(READS_PER_MINUTE);
        assertThat(answers.stream().filter(a -> a.statusCode() == 429)).hasSize(2 * READS_PER_MINUTE);
        HttpResponse<String> admitted = answers.get(0);
        assertThat(admitted.headers().firstValue("RateLimit-Policy")).contains("\"reads-address\";q=5;w=60");
        assertThat(admitted.headers().firstValue("RateLimit")).contains("\"reads-address\";r=4;t=12");
        HttpResponse<String> refused = answers.get(answers.size() - 1);
        assertThat(refused.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(JSON.readTree(refused.body()).get("code").asText()).isEqualTo("rate_limited");
        assertThat(refused.headers().firstValue("Retry-After").map(Long::parseLong).orElseThrow()).isBetween(1L, 12L);
        assertThat(refused.headers().firstValue("RateLimit").orElseThrow()).startsWith("\"reads-address\";r=0;");
        assertThat(get(second, "/health/ready").statusCode()).as("the probes are never limited").isEqualTo(200);
    }

    @Test
    void failed_logins_on_one_instance_throttle_the_account_on_the_other() throws Exception {
        String email = "shared-throttle@example.test";
        TestCredentials.signUp(first.httpPort(), email);
        String wrong = JSON.createObjectNode().put("email", email).put("password", "not the password at all")
                .toString();
        for (int i = 0; i < 5; i++) {   // AuthPolicy.LOGIN_BACKOFF: a wait after the fifth failure
            HttpResponse<String> failed = CLIENT.send((i % 2 == 0 ? first : second).httpPort(), "POST",
                    "/v1/auth/login", wrong, null, null);
            assertThat(failed.statusCode()).as(failed.body()).isEqualTo(401);
        }
        String right = JSON.createObjectNode().put("email", email).put("password", TestCredentials.PASSWORD)
                .toString();
        for (Hearth instance : List.of(first, second)) {
            HttpResponse<String> held = CLIENT.send(instance.httpPort(), "POST", "/v1/auth/login", right, null, null);
            assertThat(held.statusCode()).as("two or three failures seen by each, five by both: " + held.body())
                    .isEqualTo(429);
            assertThat(JSON.readTree(held.body()).get("code").asText()).isEqualTo("too_many_requests");
        }
    }

    @Test
    void with_redis_unreachable_each_instance_limits_on_its_own_readiness_degrades_and_nothing_answers_5xx()
            throws Exception {
        try (TestRedis.Server own = TestRedis.startPrivate()) {
            HearthConfig config = config(own.url());
            try (Hearth a = Hearth.start(config); Hearth b = Hearth.start(config)) {
                assertThat(readiness(a).at("/dependencies/1/state").asText()).isEqualTo("up");
                own.stop();

                List<Integer> statuses = new ArrayList<>();
                for (int i = 0; i < 4 * READS_PER_MINUTE; i++) {
                    statuses.add(get(i % 2 == 0 ? a : b, "/.well-known/jwks.json").statusCode());
                }
                assertThat(statuses).allMatch(s -> s == 200 || s == 429);
                assertThat(statuses.stream().filter(s -> s == 200)).as("counted per instance while Redis is away")
                        .hasSize(2 * READS_PER_MINUTE);
                JsonNode degraded = readiness(a);
                assertThat(degraded.get("status").asText()).isEqualTo("degraded");
                assertThat(degraded.at("/dependencies/1/name").asText()).isEqualTo("redis");
                assertThat(degraded.at("/dependencies/1/state").asText()).isEqualTo("down");

                own.restart();
                // a pooled connection from before the outage may fail one probe; the next ones find Redis again
                String state = "down";
                for (int probe = 0; probe < 50 && !state.equals("up"); probe++) {
                    state = readiness(b).at("/dependencies/1/state").asText();
                    Thread.sleep(100);
                }
                assertThat(state).as("back without a restart").isEqualTo("up");
                List<Integer> shared = new ArrayList<>();
                for (int i = 0; i < 2 * READS_PER_MINUTE; i++) {
                    shared.add(get(i % 2 == 0 ? a : b, "/.well-known/jwks.json").statusCode());
                }
                assertThat(shared).allMatch(s -> s == 200 || s == 429);
            }
        }
    }

    private static JsonNode readiness(Hearth hearth) throws Exception {
        HttpResponse<String> ready = get(hearth, "/health/ready");
        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
        return JSON.readTree(ready.body());
    }
}
