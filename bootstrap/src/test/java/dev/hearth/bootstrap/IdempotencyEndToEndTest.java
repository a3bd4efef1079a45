package dev.hearth.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hearth.application.port.in.ratelimit.RateLimits;
import dev.hearth.bootstrap.config.ConfigLoader;
import dev.hearth.bootstrap.config.HearthConfig;
import dev.hearth.testsupport.DocumentedHttp;
import dev.hearth.testsupport.TestDatabase;
import dev.hearth.testsupport.TestPostgres;
import dev.hearth.testsupport.TestRedis;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Idempotency keys across two Hearth instances sharing one PostgreSQL and one Redis (issue 13, ADR 0026): whichever
 * instance a retry reaches, one key makes one effect and one audit event, and every answer is the first answer or
 * "still running".
 */
class IdempotencyEndToEndTest {

    private static final DocumentedHttp CLIENT = DocumentedHttp.client();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static TestDatabase database;
    private static Hearth first;
    private static Hearth second;
    private static TestCredentials.Login owner;

    @BeforeAll
    static void start() throws Exception {
        database = TestPostgres.instance().createDatabase(IdempotencyEndToEndTest.class);
        Map<String, String> env = HearthEndToEndTest.databaseEnvironment(database);
        env.put("REDIS_URL", TestRedis.instance().url());
        // the subject here is one effect per key, not request limits (SharedRateLimitsEndToEndTest has those)
        HearthConfig config = ConfigLoader.load(env).withHttpPort(0).withRateLimits(RateLimits.off());
        // two whole instances on one database and one Redis, as behind a load balancer
        List<Hearth> instances = Hearth.startInstances(config, 2);
        first = instances.get(0);
        second = instances.get(1);
        owner = TestCredentials.signUp(first.httpPort(), "idempotent-owner@example.org");
    }

    @AfterAll
    static void stop() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    @Test
    void one_post_retried_100_times_at_once_across_two_instances_creates_one_household_and_one_audit_event()
            throws Exception {
        String key = UUID.randomUUID().toString();
        String body = TestCredentials.householdFacts().put("capitalPence", 100_001).toString();
        long householdsBefore = countRows("SELECT count(*) FROM household", null);
        long lastEventBefore = countRows("SELECT coalesce(max(seq), 0) FROM audit.event", null);
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            Hearth instance = i % 2 == 0 ? first : second;
            answers.add(CLIENT.sendAsync(createHousehold(instance, owner, key, body)));
        }

        Set<String> ids = new HashSet<>();
        int replays = 0;
        for (CompletableFuture<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get();
            assertThat(response.statusCode()).as(response.body()).isIn(201, 409);
            if (response.statusCode() == 201) {
                ids.add(JSON.readTree(response.body()).get("id").asText());
                if (response.headers().firstValue("Idempotent-Replayed").isPresent()) {
                    replays++;
                }
            } else {
                assertThat(JSON.readTree(response.body()).get("code").asText()).isEqualTo("idempotency_key_in_use");
                assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
            }
        }
        assertThat(ids).as("every 201 is the same household").hasSize(1);
        String id = ids.iterator().next();
        assertThat(countRows("SELECT count(*) FROM household", null)).as("one household more")
                .isEqualTo(householdsBefore + 1);
        assertThat(countRows("SELECT count(*) FROM audit.event WHERE action = 'household.created' AND seq > "
                + lastEventBefore, null)).as("one audit event for the one household").isEqualTo(1);

        // after the storm, a retry on either instance is the kept answer, marked as a replay
        for (Hearth instance : List.of(first, second)) {
            HttpResponse<String> retried = CLIENT.send(createHousehold(instance, owner, key, body),
                    BodyHandlers.ofString());
            assertThat(retried.statusCode()).isEqualTo(201);
            assertThat(retried.headers().firstValue("Idempotent-Replayed")).hasValue("true");
            assertThat(retried.headers().firstValue("Location")).hasValue("/v1/households/" + id);
            assertThat(JSON.readTree(retried.body()).get("id").asText()).isEqualTo(id);
        }
        assertThat(replays + 1).as("the first answer is not a replay; the later 201s are")
                .isEqualTo(countOf(answers, 201));
    }

    @Test
    void the_same_key_with_a_different_body_is_refused_and_changes_nothing() throws Exception {
        String key = UUID.randomUUID().toString();
        HttpResponse<String> created = CLIENT.send(createHousehold(first, owner, key,
                TestCredentials.householdFacts().toString()), BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);
        long before = countRows("SELECT count(*) FROM household", null);

        HttpResponse<String> other = CLIENT.send(createHousehold(second, owner, key,
                TestCredentials.householdFacts().put("capitalPence", 1).toString()), BodyHandlers.ofString());

        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(other.body()).get("code").asText()).isEqualTo("idempotency_key_reused");
        assertThat(countRows("SELECT count(*) FROM household", null)).isEqualTo(before);
    }

    @Test
    void a_change_without_a_key_is_refused_with_400_and_changes_nothing() throws Exception {
        long before = countRows("SELECT count(*) FROM household", null);
        HttpResponse<String> refused = CLIENT.send(createHousehold(first, owner, null,
                TestCredentials.householdFacts().toString()), BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(refused.body()).get("code").asText()).isEqualTo("idempotency_key_missing");
        assertThat(countRows("SELECT count(*) FROM household", null)).isEqualTo(before);
    }

    @Test
    void a_request_that_failed_kept_nothing_so_its_key_works_for_the_corrected_request() throws Exception {
        String key = UUID.randomUUID().toString();
        ObjectNode invalid = TestCredentials.householdFacts().put("capitalPence", -1);
        HttpResponse<String> refused = CLIENT.send(createHousehold(first, owner, key, invalid.toString()),
                BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(refused.body()).get("code").asText()).isEqualTo("validation_failed");

        HttpResponse<String> corrected = CLIENT.send(createHousehold(second, owner, key,
                TestCredentials.householdFacts().toString()), BodyHandlers.ofString());

        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(201);
        assertThat(corrected.headers().firstValue("Idempotent-Replayed")).isEmpty();
    }

    @Test
    void a_refused_change_is_still_audited_and_its_key_kept_nothing() throws Exception {
        String id = TestCredentials.createHousehold(first.httpPort(), owner.bearer());
        String key = UUID.randomUUID().toString();
        HttpRequest stale = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + second.httpPort()
                        + "/v1/households/" + id))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", owner.bearer()).header("If-Match", "\"7\"")
                .header("Content-Type", "application/merge-patch+json").header(DocumentedHttp.IDEMPOTENCY_KEY, key)
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"capitalPence\": 1}")).build();

        HttpResponse<String> refused = CLIENT.send(stale, BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(412);
        assertThat(countRows("SELECT count(*) FROM audit.event WHERE action = 'household.change_refused' "
                + "AND target_id = ?", id)).as("the refusal is in the audit trail, as without a key").isEqualTo(1);
        assertThat(countRows("SELECT count(*) FROM idempotency.answered_request WHERE caller_id = '"
                + owner.accountId() + "' AND key_digest = encode(sha256(convert_to(?, 'UTF8')), 'hex')", key))
                .as("a failed request keeps no answer").isZero();
    }

    @Test
    void keys_belong_to_their_caller_so_two_accounts_with_one_key_each_get_their_own_household() throws Exception {
        TestCredentials.Login other = TestCredentials.signUp(second.httpPort(), "idempotent-other@example.org");
        String key = UUID.randomUUID().toString();
        String body = TestCredentials.householdFacts().toString();

        JsonNode mine = JSON.readTree(CLIENT.send(createHousehold(first, owner, key, body),
                BodyHandlers.ofString()).body());
        HttpResponse<String> theirs = CLIENT.send(createHousehold(first, other, key, body), BodyHandlers.ofString());

        assertThat(theirs.statusCode()).isEqualTo(201);
        assertThat(theirs.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(JSON.readTree(theirs.body()).get("id").asText()).isNotEqualTo(mine.get("id").asText());
    }

    @Test
    void the_key_itself_is_never_stored_only_its_digest_and_the_kept_answer_is_encrypted() throws Exception {
        String key = "visible-key-" + UUID.randomUUID();
        HttpResponse<String> created = CLIENT.send(createHousehold(first, owner, key,
                TestCredentials.householdFacts().toString()), BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);

        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(
                "SELECT key_digest, body_ciphertext FROM idempotency.answered_request WHERE caller_id = ?")) {
            s.setString(1, owner.accountId());
            try (ResultSet rows = s.executeQuery()) {
                boolean any = false;
                while (rows.next()) {
                    any = true;
                    assertThat(rows.getString("key_digest")).doesNotContain("visible-key").hasSize(64);
                    assertThat(new String(rows.getBytes("body_ciphertext"), java.nio.charset.StandardCharsets.ISO_8859_1))
                            .doesNotContain("capitalPence").doesNotContain(owner.accountId());
                }
                assertThat(any).isTrue();
            }
        }
    }

    private static long countOf(List<CompletableFuture<HttpResponse<String>>> answers, int status) {
        return answers.stream().filter(a -> a.join().statusCode() == status).count();
    }

    private static HttpRequest createHousehold(Hearth instance, TestCredentials.Login who, String key, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + instance.httpPort()
                        + "/v1/households"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", who.bearer())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header(DocumentedHttp.IDEMPOTENCY_KEY, key);
        }
        return request.build();
    }

    private static long countRows(String sql, String parameter) throws Exception {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            if (parameter != null) {
                s.setString(1, parameter);
            }
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static Connection connect() throws Exception {
        return DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
    }
}
