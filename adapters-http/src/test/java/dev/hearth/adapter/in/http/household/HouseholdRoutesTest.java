package dev.hearth.adapter.in.http.household;

import static dev.hearth.adapter.in.http.RouteTestServer.HIDDEN_HOUSEHOLD;
import static dev.hearth.adapter.in.http.RouteTestServer.NOW;
import static dev.hearth.adapter.in.http.RouteTestServer.READ_ONLY_HOUSEHOLD;
import static dev.hearth.adapter.in.http.RouteTestServer.USER;
import static dev.hearth.adapter.in.http.RouteTestServer.assertProblem;
import static dev.hearth.adapter.in.http.RouteTestServer.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hearth.adapter.in.http.HttpJson;
import dev.hearth.adapter.in.http.RouteModule;
import dev.hearth.adapter.in.http.RouteTestServer;
import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import dev.hearth.application.port.in.household.ChangeHouseholdCommand;
import dev.hearth.application.port.in.household.DeleteHouseholdCommand;
import dev.hearth.application.port.in.household.HouseholdUseCases;
import dev.hearth.application.port.in.household.ListHouseholdsQuery;
import dev.hearth.application.port.in.household.ReplayReport;
import dev.hearth.application.port.model.DebtRecord;
import dev.hearth.application.port.model.Freshness;
import dev.hearth.application.port.model.HouseholdRecord;
import dev.hearth.application.port.model.Page;
import dev.hearth.application.port.model.Read;
import dev.hearth.domain.household.HouseholdCircumstances;
import dev.hearth.domain.household.HouseholdDebt;
import dev.hearth.testsupport.DocumentedHttp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The household routes over real HTTP, with stub use cases: Location and ETag on creation, If-Match on every
 * change (428 without it, 412 when stale), the freshness header and flag, cursors, access refusals, and 503 with
 * Retry-After while writes are unavailable.
 */
class HouseholdRoutesTest {

    private static final ObjectMapper WIRE = HttpJson.newMapper();
    private static final UUID HOUSEHOLD = UUID.fromString("0196a0c2-0000-7000-8000-0000000000b1");
    /** A household whose reads come from a replica while the primary is away. */
    private static final UUID DELAYED = UUID.fromString("0196a0c2-0000-7000-8000-0000000000b2");
    /** A household whose changes are refused while the primary is away. */
    private static final UUID READ_ONLY_DATABASE = UUID.fromString("0196a0c2-0000-7000-8000-0000000000b3");
    private static final UUID DEBT = UUID.fromString("0196a0c2-0000-7000-8000-0000000000d1");
    private static final UUID ESTIMATE = UUID.fromString("0196a0c2-0000-7000-8000-0000000000e1");
    private static final String DEBT_JSON = "{\"type\": \"COUNCIL_TAX\", \"creditor\": \"Borough council\","
            + " \"balancePence\": 45000, \"monthlyInstalmentPence\": 5000}";
    private static final long STORED_VERSION = 3;

    private static final List<ListHouseholdsQuery> LISTED = new CopyOnWriteArrayList<>();
    private static final List<ChangeHouseholdCommand> CHANGED = new CopyOnWriteArrayList<>();
    private static final List<DeleteHouseholdCommand> DELETED = new CopyOnWriteArrayList<>();
    private static HouseholdCircumstances facts;
    private static RouteTestServer server;

    @BeforeAll
    static void start() throws IOException {
        facts = WIRE.readValue(householdFacts().toString(), HouseholdCircumstances.class);
        server = RouteTestServer.start(routes());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** The example household as stored facts (no assessment period). */
    private static ObjectNode householdFacts() {
        try {
            ObjectNode json = (ObjectNode) WIRE.readTree(Files.readString(DocumentedHttp.repositoryRoot()
                    .resolve("docs/examples/universal-credit-issue-household.json")));
            json.remove("assessmentPeriodStart");
            return json;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HouseholdRecord stored(UUID id, long version) {
        return new HouseholdRecord(id, version, NOW, NOW, facts);
    }

    private static DebtRecord debt(long version) {
        try {
            return new DebtRecord(DEBT, HOUSEHOLD, version, NOW, NOW, WIRE.readValue(DEBT_JSON, HouseholdDebt.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void refuseWritesOn(UUID id) {
        if (id.equals(READ_ONLY_DATABASE)) {
            throw new ApplicationException(ErrorCode.WRITES_UNAVAILABLE, null, List.of(), null,
                    Duration.ofSeconds(30));
        }
    }

    private static void checkVersion(long expected) {
        if (expected != STORED_VERSION) {
            throw new ApplicationException(ErrorCode.VERSION_MISMATCH, null);
        }
    }

    private static RouteModule routes() {
        return new HouseholdRoutes(new HouseholdUseCases(
                command -> new HouseholdRecord(HOUSEHOLD, 1, NOW, NOW, command.circumstances()),
                query -> new Read<>(stored(query.householdId(), STORED_VERSION),
                        query.householdId().equals(DELAYED) ? Freshness.POSSIBLY_DELAYED : Freshness.CURRENT),
                query -> {
                    LISTED.add(query);
                    return Read.current(new Page<>(List.of(stored(HOUSEHOLD, 1)), HOUSEHOLD));
                },
                command -> {
                    refuseWritesOn(command.householdId());
                    checkVersion(command.expectedVersion());
                    CHANGED.add(command);
                    return new HouseholdRecord(command.householdId(), STORED_VERSION + 1, NOW, NOW,
                            command.change().apply(facts));
                },
                command -> {
                    refuseWritesOn(command.householdId());
                    checkVersion(command.expectedVersion());
                    DELETED.add(command);
                },
                command -> debt(1),
                query -> Read.current(debt(STORED_VERSION)),
                query -> Read.current(new Page<>(List.of(debt(1)), null)),
                command -> {
                    checkVersion(command.expectedVersion());
                    return debt(STORED_VERSION + 1);
                },
                command -> checkVersion(command.expectedVersion()),
                command -> {
                    throw new ApplicationException(ErrorCode.RATES_NOT_AVAILABLE, null);
                },
                query -> {
                    throw new ApplicationException(ErrorCode.NOT_FOUND, null);
                },
                query -> Read.current(new Page<>(List.of(), null)),
                query -> new ReplayReport(query.estimateId(), query.householdId(), NOW, "engine-1", "engine-2",
                        "2026-27", "2026-27", false, 40,
                        List.of(new ReplayReport.Difference("/award", "172478", "172479"))),
                query -> dev.hearth.domain.debt.DebtPlanner.plan(query.budget().toPlanRequest(
                        java.time.LocalDate.of(2026, 6, 1), dev.hearth.domain.place.Nation.ENGLAND,
                        List.of(debt(1).debt().toDebtInput(DEBT.toString()))))));
    }

    @Test
    void a_households_stored_debts_are_planned_with_the_same_planner() throws Exception {
        HttpResponse<String> response = server.send("POST", household(HOUSEHOLD) + "/debt-plan",
                "{\"monthlyIncome\": [{\"source\": \"EARNINGS\", \"monthlyAmountPence\": 100000}]}", USER);

        JsonNode plan = body(response, 200);
        assertThat(plan.get("debts").get(0).get("id").asText()).isEqualTo(DEBT.toString());
        assertThat(plan.get("explanation").get("rulesetVersion").asText()).startsWith("debts.v2");
    }

    private static String household(UUID id) {
        return "/v1/households/" + id;
    }

    @Test
    void creating_a_household_is_201_with_its_location_etag_and_freshness() throws Exception {
        HttpResponse<String> response = server.send("POST", "/v1/households", householdFacts().toString(), USER);

        JsonNode created = body(response, 201);
        assertThat(response.headers().firstValue("Location")).hasValue(household(HOUSEHOLD));
        assertThat(response.headers().firstValue("ETag")).hasValue("\"1\"");
        assertThat(response.headers().firstValue(HouseholdRoutes.FRESHNESS_HEADER)).hasValue("current");
        assertThat(created.get("id").asText()).isEqualTo(HOUSEHOLD.toString());
        assertThat(created.get("version").asLong()).isEqualTo(1);
        assertThat(created.get("dataMayBeDelayed").asBoolean()).isFalse();
    }

    @Test
    void reading_a_household_answers_its_version_as_a_strong_etag() throws Exception {
        HttpResponse<String> response = server.send("GET", household(HOUSEHOLD), null, USER);

        JsonNode read = body(response, 200);
        assertThat(response.headers().firstValue("ETag")).hasValue("\"3\"");
        assertThat(response.headers().firstValue(HouseholdRoutes.FRESHNESS_HEADER)).hasValue("current");
        assertThat(read.get("version").asLong()).isEqualTo(3);
    }

    @Test
    void a_read_from_a_replica_says_the_data_may_be_delayed() throws Exception {
        HttpResponse<String> response = server.send("GET", household(DELAYED), null, USER);

        assertThat(body(response, 200).get("dataMayBeDelayed").asBoolean()).isTrue();
        assertThat(response.headers().firstValue(HouseholdRoutes.FRESHNESS_HEADER)).hasValue("possibly-delayed");
    }

    @Test
    void a_change_without_if_match_is_428() throws Exception {
        assertProblem(server.send("PATCH", household(HOUSEHOLD), "{\"capitalPence\": 100}", null, USER), 428,
                "if_match_required");
    }

    @ParameterizedTest(name = "If-Match: {0}")
    @ValueSource(strings = {"*", "W/\"3\"", "\"3\", \"4\"", "3"})
    void an_if_match_that_names_no_single_version_is_428(String ifMatch) throws Exception {
        assertProblem(server.send("PATCH", household(HOUSEHOLD), "{\"capitalPence\": 100}", ifMatch, USER), 428,
                "if_match_required");
    }

    @Test
    void a_change_based_on_a_stale_version_is_412() throws Exception {
        assertProblem(server.send("PATCH", household(HOUSEHOLD), "{\"capitalPence\": 100}", "\"2\"", USER), 412,
                "version_mismatch");
    }

    @Test
    void a_merge_patch_with_the_current_etag_changes_the_sent_fields_and_answers_the_next_etag() throws Exception {
        HttpResponse<String> response = server.send("PATCH", household(HOUSEHOLD), "{\"capitalPence\": 100}", "\"3\"",
                USER);

        JsonNode changed = body(response, 200);
        assertThat(response.headers().firstValue("ETag")).hasValue("\"4\"");
        assertThat(changed.get("circumstances").get("capitalPence").asLong()).isEqualTo(100);
        assertThat(CHANGED.get(CHANGED.size() - 1).expectedVersion()).isEqualTo(3);
    }

    @Test
    void deleting_with_the_current_etag_is_204() throws Exception {
        HttpResponse<String> response = server.send("DELETE", household(HOUSEHOLD), null, "\"3\"", USER);

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(DELETED.get(DELETED.size() - 1).householdId()).isEqualTo(HOUSEHOLD);
    }

    @Test
    void a_change_while_the_primary_database_is_away_is_503_with_retry_after() throws Exception {
        HttpResponse<String> response = server.send("PATCH", household(READ_ONLY_DATABASE), "{\"capitalPence\": 100}",
                "\"3\"", USER);

        assertProblem(response, 503, "writes_unavailable");
        assertThat(response.headers().firstValue("Retry-After")).hasValue("30");
    }

    @Test
    void a_list_page_names_the_next_cursor_and_the_cursor_comes_back_as_the_page_asked_for() throws Exception {
        JsonNode page = body(server.send("GET", "/v1/households?limit=1", null, USER), 200);
        String cursor = page.get("nextCursor").asText();
        assertThat(page.get("items")).hasSize(1);
        assertThat(LISTED.get(LISTED.size() - 1).page().limit()).isEqualTo(1);

        body(server.send("GET", "/v1/households?cursor=" + cursor, null, USER), 200);

        assertThat(LISTED.get(LISTED.size() - 1).page().after()).isEqualTo(HOUSEHOLD);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"limit=0", "limit=101", "cursor=not-a-cursor"})
    void a_bad_cursor_or_limit_is_422(String query) throws Exception {
        assertProblem(server.send("GET", "/v1/households?" + query, null, USER), 422, "validation_failed");
    }

    @Test
    void a_household_id_that_is_not_a_uuid_is_404() throws Exception {
        assertProblem(server.send("GET", "/v1/households/12345", null, USER), 404, "not_found");
    }

    @Test
    void a_household_the_caller_has_no_standing_in_is_404_and_one_it_may_only_read_is_403() throws Exception {
        assertProblem(server.send("GET", household(HIDDEN_HOUSEHOLD), null, USER), 404, "not_found");
        assertProblem(server.send("PATCH", household(READ_ONLY_HOUSEHOLD), "{\"capitalPence\": 1}", "\"3\"", USER), 403,
                "forbidden");
        assertProblem(server.send("GET", household(HOUSEHOLD), null, null), 401, "unauthenticated");
    }

    @Test
    void a_debt_is_added_with_its_location_and_changed_only_with_its_etag() throws Exception {
        HttpResponse<String> added = server.send("POST", household(HOUSEHOLD) + "/debts", DEBT_JSON, USER);
        assertThat(body(added, 201).get("debt").get("balancePence").asLong()).isEqualTo(45_000);
        assertThat(added.headers().firstValue("Location")).hasValue(household(HOUSEHOLD) + "/debts/" + DEBT);
        assertThat(added.headers().firstValue("ETag")).hasValue("\"1\"");

        String path = household(HOUSEHOLD) + "/debts/" + DEBT;
        assertThat(server.send("GET", path, null, USER).headers().firstValue("ETag")).hasValue("\"3\"");
        assertProblem(server.send("PATCH", path, "{\"note\": \"x\"}", null, USER), 428, "if_match_required");
        assertThat(server.send("PATCH", path, "{\"note\": \"x\"}", "\"3\"", USER).headers().firstValue("ETag"))
                .hasValue("\"4\"");
        assertThat(server.send("DELETE", path, null, "\"3\"", USER).statusCode()).isEqualTo(204);
        assertProblem(server.send("DELETE", path, null, "\"1\"", USER), 412, "version_mismatch");
    }

    @Test
    void an_estimate_for_a_period_without_rates_is_422_and_an_unknown_one_404() throws Exception {
        assertProblem(server.send("POST", household(HOUSEHOLD) + "/estimates",
                "{\"assessmentPeriodStart\": \"2031-05-14\"}", USER), 422, "rates_not_available");
        assertProblem(server.send("GET", household(HOUSEHOLD) + "/estimates/" + ESTIMATE, null, USER), 404,
                "not_found");
    }

    @Test
    void a_replay_answers_each_difference_with_its_saved_and_replayed_value() throws Exception {
        JsonNode report = body(server.send("POST", household(HOUSEHOLD) + "/estimates/" + ESTIMATE + "/replay",
                null, USER), 200);

        assertThat(report.get("identical").asBoolean()).isFalse();
        assertThat(report.get("differences").get(0).get("path").asText()).isEqualTo("/award");
        assertThat(report.get("differences").get(0).get("stored").asText()).isEqualTo("172478");
    }
}
