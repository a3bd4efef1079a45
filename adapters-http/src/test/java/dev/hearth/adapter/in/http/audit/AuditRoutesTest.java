package dev.hearth.adapter.in.http.audit;

import static dev.hearth.adapter.in.http.RouteTestServer.ADMIN;
import static dev.hearth.adapter.in.http.RouteTestServer.API_KEY;
import static dev.hearth.adapter.in.http.RouteTestServer.HIDDEN_HOUSEHOLD;
import static dev.hearth.adapter.in.http.RouteTestServer.NOW;
import static dev.hearth.adapter.in.http.RouteTestServer.STALE_ADMIN;
import static dev.hearth.adapter.in.http.RouteTestServer.USER;
import static dev.hearth.adapter.in.http.RouteTestServer.assertProblem;
import static dev.hearth.adapter.in.http.RouteTestServer.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hearth.adapter.in.http.RouteModule;
import dev.hearth.adapter.in.http.RouteTestServer;
import dev.hearth.application.port.in.audit.AuditTrailVerification;
import dev.hearth.application.port.in.audit.HouseholdActivityPage;
import dev.hearth.application.port.in.audit.ListHouseholdActivityQuery;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The audit routes over real HTTP, with stub use cases: paging parameters, access, admin-only verification. */
class AuditRoutesTest {

    private static final UUID HOUSEHOLD = UUID.fromString("0196a0c2-0000-7000-8000-0000000000b1");
    private static final List<ListHouseholdActivityQuery> ASKED = new CopyOnWriteArrayList<>();
    private static RouteTestServer server;

    @BeforeAll
    static void start() {
        server = RouteTestServer.start(routes());
    }

    private static RouteModule routes() {
        return new AuditRoutes(
                query -> {
                    ASKED.add(query);
                    return new HouseholdActivityPage(List.of(new HouseholdActivityPage.Entry(41, NOW,
                            "0196a0c2-0000-7000-8000-0000000000a1", "household.changed", "req-1", null,
                            Map.of("fromVersion", "1", "toVersion", "2"))), 41L);
                },
                query -> new AuditTrailVerification(true, 42, 42L, "ab12", null, null));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void a_household_activity_page_passes_after_and_limit_on_and_names_the_next_page() throws Exception {
        JsonNode page = body(server.send("GET", "/v1/households/" + HOUSEHOLD + "/activity?after=40&limit=1", null,
                USER), 200);

        ListHouseholdActivityQuery query = ASKED.get(ASKED.size() - 1);
        assertThat(query.householdId()).isEqualTo(HOUSEHOLD);
        assertThat(query.afterSequence()).isEqualTo(40);
        assertThat(query.limit()).isEqualTo(1);
        assertThat(page.get("nextAfterSequence").asLong()).isEqualTo(41);
        JsonNode event = page.get("events").get(0);
        assertThat(event.get("action").asText()).isEqualTo("household.changed");
        assertThat(event.get("details").get("toVersion").asText()).isEqualTo("2");
    }

    @Test
    void without_paging_parameters_the_first_fifty_events_are_asked_for() throws Exception {
        body(server.send("GET", "/v1/households/" + HOUSEHOLD + "/activity", null, USER), 200);

        ListHouseholdActivityQuery query = ASKED.get(ASKED.size() - 1);
        assertThat(query.afterSequence()).isZero();
        assertThat(query.limit()).isEqualTo(50);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"limit, 0", "limit, 101", "limit, ten", "after, -1", "after, 99999999999999999999"})
    void a_paging_parameter_out_of_range_is_422_naming_it(String name, String value) throws Exception {
        JsonNode problem = assertProblem(server.send("GET", "/v1/households/" + HOUSEHOLD + "/activity?" + name
                + "=" + value, null, USER), 422, "validation_failed");

        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo(name);
    }

    @Test
    void a_household_the_caller_has_no_standing_in_is_404() throws Exception {
        assertProblem(server.send("GET", "/v1/households/" + HIDDEN_HOUSEHOLD + "/activity", null, USER), 404,
                "not_found");
    }

    @Test
    void verifying_the_chain_needs_an_admin_signed_in_just_now() throws Exception {
        String path = "/v1/admin/audit/verification";
        assertProblem(server.send("POST", path, null, null), 401, "unauthenticated");
        assertProblem(server.send("POST", path, null, USER), 403, "forbidden");
        assertProblem(server.send("POST", path, null, API_KEY), 403, "forbidden");
        assertProblem(server.send("POST", path, null, STALE_ADMIN), 403, "reauthentication_required");

        JsonNode verification = body(server.send("POST", path, null, ADMIN), 200);
        assertThat(verification.get("intact").asBoolean()).isTrue();
        assertThat(verification.get("eventsChecked").asLong()).isEqualTo(42);
    }
}
