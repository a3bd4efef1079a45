package dev.hearth.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hearth.adapter.out.postgres.PostgresAdapters;
import dev.hearth.application.port.out.audit.AuditChainVerification;
import dev.hearth.application.port.out.audit.RecordedAuditEvent;
import dev.hearth.bootstrap.config.ConfigLoader;
import dev.hearth.bootstrap.config.HearthConfig;
import dev.hearth.testsupport.DocumentedHttp;
import dev.hearth.testsupport.TestDatabase;
import dev.hearth.testsupport.TestPostgres;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 5's "done when", through the whole wiring and real PostgreSQL: create a household, add its facts, get a saved
 * estimate, change a fact with a stale ETag and be refused, replay the estimate, and find each action in the verified
 * audit chain; bad input changes nothing.
 */
class HouseholdsEndToEndTest {

    private static final DocumentedHttp CLIENT = DocumentedHttp.client();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static TestDatabase database;
    private static Hearth hearth;
    private static TestCredentials.Login session;

    @BeforeAll
    static void start() throws Exception {
        database = TestPostgres.instance().createDatabase(HouseholdsEndToEndTest.class);
        HearthConfig config = ConfigLoader.load(HearthEndToEndTest.databaseEnvironment(database)).withHttpPort(0);
        hearth = Hearth.start(config);
        session = TestCredentials.signUp(hearth.httpPort(), "household-owner@example.org");
    }

    @AfterAll
    static void stop() {
        if (hearth != null) {
            hearth.close();
        }
    }

    /** The issue 3 example household's facts (docs/examples), without the period. */
    @Test
    void a_household_is_created_estimated_changed_refused_when_stale_replayed_and_audited() throws Exception {
        HttpResponse<String> created = send("POST", "/v1/households", TestCredentials.householdFacts().toString(), null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("ETag")).hasValue("\"1\"");
        String location = created.headers().firstValue("Location").orElseThrow();
        String id = JSON.readTree(created.body()).get("id").asText();
        assertThat(location).isEqualTo("/v1/households/" + id);
        assertThat(JSON.readTree(created.body()).at("/circumstances/capitalPence").asLong()).isEqualTo(740_000);

        HttpResponse<String> read = send("GET", location, null, null);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("ETag")).hasValue("\"1\"");
        assertThat(read.headers().firstValue("Hearth-Data-Freshness")).hasValue("current");
        assertThat(JSON.readTree(read.body()).get("dataMayBeDelayed").asBoolean()).isFalse();

        HttpResponse<String> debt = send("POST", location + "/debts", """
                {"type": "COUNCIL_TAX", "creditor": "Borough council", "balancePence": 45000,
                 "monthlyInstalmentPence": 5000, "note": "letter came on Tuesday"}""", null);
        assertThat(debt.statusCode()).as(debt.body()).isEqualTo(201);
        assertThat(JSON.readTree(debt.body()).at("/debt/creditor").asText()).isEqualTo("Borough council");

        // the issue 3 example: 1,724.78 paid on 19 June 2026 (docs/rules/universal-credit.md)
        HttpResponse<String> estimate = send("POST", location + "/estimates",
                "{\"assessmentPeriodStart\": \"2026-05-14\"}", null);
        assertThat(estimate.statusCode()).as(estimate.body()).isEqualTo(201);
        JsonNode saved = JSON.readTree(estimate.body());
        assertThat(saved.at("/result/awardPence").asLong()).isEqualTo(172_478);
        assertThat(saved.at("/result/paymentDate").asText()).isEqualTo("2026-06-19");
        assertThat(saved.at("/inputs/assessmentPeriodStart").asText()).isEqualTo("2026-05-14");
        assertThat(saved.get("householdVersion").asLong()).isEqualTo(1);
        assertThat(saved.get("rulesetVersion").asText()).isNotBlank();
        String estimateLocation = estimate.headers().firstValue("Location").orElseThrow();

        HttpResponse<String> changed = send("PATCH", location, "{\"capitalPence\": 500000}", "\"1\"");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(changed.headers().firstValue("ETag")).hasValue("\"2\"");
        JsonNode afterChange = JSON.readTree(changed.body()).get("circumstances");
        assertThat(afterChange.get("capitalPence").asLong()).isEqualTo(500_000);
        assertThat(afterChange.get("children")).as("members not in the patch stay").hasSize(2);

        HttpResponse<String> stale = send("PATCH", location, "{\"capitalPence\": 1}", "\"1\"");
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(stale.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(stale.body()).get("code").asText()).isEqualTo("version_mismatch");

        HttpResponse<String> blind = send("PATCH", location, "{\"capitalPence\": 1}", null);
        assertThat(blind.statusCode()).isEqualTo(428);
        assertThat(JSON.readTree(blind.body()).get("code").asText()).isEqualTo("if_match_required");

        HttpResponse<String> bad = send("PATCH", location,
                "{\"capitalPence\": -5, \"children\": [{\"dateOfBirth\": \"2030-01-01\", \"sex\": \"MALE\"}]}", "\"2\"");
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(422);
        assertThat(JSON.readTree(bad.body()).get("errors").findValuesAsText("field"))
                .contains("capitalPence", "children[0].dateOfBirth");

        JsonNode unchanged = JSON.readTree(send("GET", location, null, null).body());
        assertThat(unchanged.get("version").asLong()).as("refused and invalid changes changed nothing").isEqualTo(2);
        assertThat(unchanged.at("/circumstances/capitalPence").asLong()).isEqualTo(500_000);

        HttpResponse<String> replay = send("POST", estimateLocation + "/replay", null, null);
        assertThat(replay.statusCode()).as(replay.body()).isEqualTo(200);
        JsonNode report = JSON.readTree(replay.body());
        assertThat(report.get("identical").asBoolean()).as(replay.body()).isTrue();
        assertThat(report.get("linesCompared").asInt()).isGreaterThan(100);

        HttpResponse<String> kept = send("GET", estimateLocation, null, null);
        assertThat(JSON.readTree(kept.body()).at("/result/awardPence").asLong())
                .as("a saved estimate is what was shown, whatever changed since").isEqualTo(172_478);

        HttpResponse<String> activity = send("GET", location + "/activity", null, null);
        assertThat(activity.statusCode()).as(activity.body()).isEqualTo(200);
        assertThat(JSON.readTree(activity.body()).get("events").findValuesAsText("action")).containsExactly(
                "household.created", "household.member_added", "household.debt_added", "household.estimate_saved",
                "household.changed", "household.change_refused", "household.estimate_replayed");
        assertThat(activity.body()).as("no personal data in the activity").doesNotContain("Borough", "2001-09-30");
        HttpResponse<String> verification = send("POST", "/v1/admin/audit/verification", null, null);
        assertThat(verification.statusCode()).as("verifying the chain is for operators").isEqualTo(403);

        try (PostgresAdapters postgres = PostgresAdapters.start(
                dev.hearth.adapter.out.postgres.PostgresSettings.external(database.jdbcUrl(), database.user(),
                        database.password()))) {
            List<String> actions = new ArrayList<>();
            for (RecordedAuditEvent e : postgres.auditLog().readForTarget("household", id, 0, 100)) {
                actions.add(e.event().action());
                assertThat(e.event().correlationId()).isNotBlank();
            }
            assertThat(actions).containsExactly("household.created", "household.member_added",
                    "household.debt_added", "household.estimate_saved", "household.changed", "household.change_refused",
                    "household.estimate_replayed");
            AuditChainVerification verified = postgres.auditLog().verify();
            assertThat(verified.intact()).as(verified.toString()).isTrue();
        }
    }

    @Test
    void households_are_listed_a_page_at_a_time_without_repeats() throws Exception {
        Set<String> created = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> r = send("POST", "/v1/households", TestCredentials.householdFacts().toString(), null);
            created.add(JSON.readTree(r.body()).get("id").asText());
        }
        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            HttpResponse<String> page = send("GET", "/v1/households?limit=2" + (cursor == null ? "" : "&cursor="
                    + cursor), null, null);
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            JsonNode body = JSON.readTree(page.body());
            assertThat(body.get("items").size()).isLessThanOrEqualTo(2);
            for (JsonNode item : body.get("items")) {
                assertThat(seen.add(item.get("id").asText())).as("no household twice").isTrue();
            }
            cursor = body.get("nextCursor").isNull() ? null : body.get("nextCursor").asText();
            pages++;
        } while (cursor != null && pages < 50);
        assertThat(seen).containsAll(created);

        HttpResponse<String> badCursor = send("GET", "/v1/households?cursor=not-a-cursor", null, null);
        assertThat(badCursor.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(badCursor.body()).at("/errors/0/field").asText()).isEqualTo("cursor");
    }

    @Test
    void a_household_is_deleted_only_with_its_current_version_and_then_is_gone() throws Exception {
        HttpResponse<String> created = send("POST", "/v1/households", TestCredentials.householdFacts().toString(), null);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(send("DELETE", location, null, "\"7\"").statusCode()).isEqualTo(412);
        assertThat(send("DELETE", location, null, null).statusCode()).isEqualTo(428);
        assertThat(send("DELETE", location, null, "\"1\"").statusCode()).isEqualTo(204);
        assertThat(send("GET", location, null, null).statusCode()).isEqualTo(404);
        assertThat(send("GET", "/v1/households/not-a-uuid", null, null).statusCode()).isEqualTo(404);
    }

    @Test
    void a_household_is_private_to_its_members_until_its_owner_adds_someone() throws Exception {
        HttpResponse<String> created = send("POST", "/v1/households", TestCredentials.householdFacts().toString(), null);
        String location = created.headers().firstValue("Location").orElseThrow();
        TestCredentials.Login stranger = TestCredentials.signUp(hearth.httpPort(), "stranger@example.org");

        HttpResponse<String> hidden = sendAs(stranger, "GET", location, null);
        assertThat(hidden.statusCode()).as("not revealed to a non-member").isEqualTo(404);
        assertThat(JSON.readTree(sendAs(stranger, "GET", "/v1/households", null).body()).get("items")).isEmpty();

        HttpResponse<String> added = send("POST", location + "/members",
                "{\"accountId\": \"" + stranger.accountId() + "\", \"role\": \"adviser\"}", null);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(sendAs(stranger, "GET", location, null).statusCode()).isEqualTo(200);
        assertThat(sendAs(stranger, "PATCH", location, "{\"capitalPence\": 1}").statusCode())
                .as("an adviser reads but does not change facts").isEqualTo(403);
        HttpResponse<String> note = sendAs(stranger, "POST", location + "/notes", "{\"text\": \"call back Monday\"}");
        assertThat(note.statusCode()).as(note.body()).isEqualTo(201);

        HttpResponse<String> export = send("GET", location + "/export", null, null);
        assertThat(export.statusCode()).as(export.body()).isEqualTo(200);
        assertThat(JSON.readTree(export.body()).at("/notes/0/text").asText()).isEqualTo("call back Monday");
        assertThat(send("GET", location + "/activity", null, null).body())
                .contains("household.note_added", "household.exported").doesNotContain("call back");
    }

    private static HttpResponse<String> sendAs(TestCredentials.Login who, String method, String path, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + hearth.httpPort() + path))
                .timeout(Duration.ofSeconds(20)).header("Authorization", who.bearer())
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", method.equals("PATCH") ? "application/merge-patch+json"
                    : "application/json");
        }
        if (method.equals("PATCH")) {
            request.header("If-Match", "\"1\"");
        }
        if (!method.equals("GET")) {
            request.header(DocumentedHttp.IDEMPOTENCY_KEY, java.util.UUID.randomUUID().toString());
        }
        return CLIENT.send(request.build(), BodyHandlers.ofString());
    }

    @Test
    void invalid_facts_are_refused_naming_every_field_and_nothing_is_stored() throws Exception {
        ObjectNode facts = TestCredentials.householdFacts();
        facts.put("capitalPence", -1);
        ((ObjectNode) facts.get("housing")).remove("rent");
        HttpResponse<String> refused = send("POST", "/v1/households", facts.toString(), null);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(JSON.readTree(refused.body()).get("errors").findValuesAsText("field"))
                .contains("capitalPence", "housing.rent");
    }

    private static HttpResponse<String> send(String method, String path, String body, String ifMatch)
            throws Exception {
        return CLIENT.send(hearth.httpPort(), method, path, body, ifMatch, session.bearer());
    }
}
