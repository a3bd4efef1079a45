package dev.hearth.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hearth.adapter.in.http.RouteDefinition;
import dev.hearth.adapter.in.http.RouteModule;
import dev.hearth.bootstrap.config.ConfigLoader;
import dev.hearth.bootstrap.config.HearthConfig;
import dev.hearth.testsupport.TestDatabase;
import dev.hearth.testsupport.TestPostgres;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The access-control matrix (issue 6, ADR 0019): EVERY registered route x every kind of caller x the caller's own
 * household and another one, through the whole wiring and real PostgreSQL, asserting the exact status. The routes come
 * from {@link HearthApi#routeModules}; a route without a row here fails the test, so no route can be added without
 * deciding who may call it.
 *
 * <p>Households: H, owned by {@code OWNER}, with {@code MEMBER} (member) and {@code ADVISER} (adviser); the
 * {@code SUPPORT_WITH_OVERRIDE} account holds an open crisis override on H. O, owned by {@code OTHER_OWNER}. "own" is H,
 * "other" is O (so for {@code OTHER_OWNER} the "other" column is its own household). Each row gives the eight
 * statuses in the order of {@link Caller}. A probe that passes the access check is built to end predictably without
 * harm: changes carry a stale {@code If-Match} (412), bodies that would change access are invalid (422), additions
 * (a debt, a note, an estimate) are allowed to happen.
 */
class AccessControlMatrixTest {

    /** Who calls, in the column order of every row. */
    enum Caller { ANONYMOUS, OWNER, MEMBER, ADVISER, SUPPORT, SUPPORT_WITH_OVERRIDE, OTHER_OWNER, ADMIN }

    /** An API key id nobody has: a key is only ever the caller's own, so every signed-in caller gets 404 for it. */
    private static final String UNKNOWN_KEY = "01a20000-0000-7000-8000-000000000000";

    private static final DocumentedHttp CLIENT = DocumentedHttp.client();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STALE = "\"999\"";

    private static TestDatabase database;
    private static Hearth hearth;
    private static final Map<Caller, TestSessions.Session> SESSIONS = new EnumMap<>(Caller.class);
    private static Fixture own;
    private static Fixture other;

    /** One household's ids, to fill a route's path. */
    record Fixture(String householdId, String debtId, String estimateId, String ownerId) {
    }

    /**
     * A route's probe and expected statuses.
     *
     * @param body    request body, or null
     * @param ifMatch If-Match header, or null
     * @param own     the eight statuses against H (or against nothing, for routes not about a household)
     * @param other   the eight statuses against O; null for routes not about a household
     */
    record Row(String body, String ifMatch, String own, String other) {
    }

    private static final Map<String, Row> MATRIX = new LinkedHashMap<>();

    private static void row(String operationId, String body, String ifMatch, String own, String other) {
        MATRIX.put(operationId, new Row(body, ifMatch, own, other));
    }

    static {
        String debt = """
                {"type": "COUNCIL_TAX", "creditor": "Borough council", "balancePence": 45000,
                 "monthlyInstalmentPence": 5000}""";
        //                                                        anon owner memb advis supp s+ovr other admin
        // public: the same for everyone
        row("checkLiveness", null, null,                         "200 200 200 200 200 200 200 200", null);
        row("checkReadiness", null, null,                        "200 200 200 200 200 200 200 200", null);
        row("estimateUniversalCredit", "@uc", null,              "200 200 200 200 200 200 200 200", null);
        row("planDebtRepayments", "@debts", null,                "200 200 200 200 200 200 200 200", null);
        row("assessRentRisk", "@rent", null,                     "200 200 200 200 200 200 200 200", null);
        row("getJsonWebKeySet", null, null,                      "200 200 200 200 200 200 200 200", null);
        row("registerAccount", "{\"email\": \"x@example.org\", \"password\": \"short\"}", null,
                                                                 "422 422 422 422 422 422 422 422", null);
        row("logIn", "@wrong-login", null,                       "401 401 401 401 401 401 401 401", null);
        row("refreshSession", "{\"refreshToken\": \"hrt_not-a-token\"}", null,
                                                                 "401 401 401 401 401 401 401 401", null);
        row("logOut", "{\"refreshToken\": \"hrt_not-a-token\"}", null,
                                                                 "204 204 204 204 204 204 204 204", null);
        // signed in, not about one household
        row("getCurrentAccount", null, null,                     "401 200 200 200 200 200 200 200", null);
        // API keys belong to the signed-in account; another account's (or an unknown) key is 404 (ADR 0020)
        row("createApiKey", "{\"name\": \"matrix\", \"scopes\": [\"account\"], \"expiresInDays\": 30}", null,
                                                                 "401 201 201 201 201 201 201 201", null);
        row("listApiKeys", null, null,                           "401 200 200 200 200 200 200 200", null);
        row("rotateApiKey", null, null,                          "401 404 404 404 404 404 404 404", null);
        row("revokeApiKey", null, null,                          "401 404 404 404 404 404 404 404", null);
        row("createHousehold", "@household", null,               "401 201 201 201 201 201 201 201", null);
        row("listHouseholds", null, null,                        "401 200 200 200 200 200 200 200", null);
        // admin
        row("rotateSigningKey", null, null,                      "401 403 403 403 403 403 403 200", null);
        row("verifyAuditTrail", null, null,                      "401 403 403 403 403 403 403 200", null);
        // READ: owner, member, adviser; support only with an open override
        for (String read : List.of("getHousehold", "listDebts", "getDebt", "listSavedEstimates", "getSavedEstimate",
                "replaySavedEstimate", "listHouseholdActivity", "listHouseholdNotes")) {
            row(read, null, null,                                "401 200 200 200 404 200 404 404",
                                                                 "401 404 404 404 404 404 200 404");
        }
        // WRITE: owner, member (stale If-Match: 412 proves the check let it through, and nothing changes)
        row("changeHousehold", "{\"capital\": 1}", STALE,        "401 412 412 403 404 403 404 404",
                                                                 "401 404 404 404 404 404 412 404");
        row("changeDebt", "{\"balancePence\": 1}", STALE,        "401 412 412 403 404 403 404 404",
                                                                 "401 404 404 404 404 404 412 404");
        row("removeDebt", null, STALE,                           "401 412 412 403 404 403 404 404",
                                                                 "401 404 404 404 404 404 412 404");
        row("addDebt", debt, null,                               "401 201 201 403 404 403 404 404",
                                                                 "401 404 404 404 404 404 201 404");
        row("saveEstimate", "{\"assessmentPeriodStart\": \"2026-05-14\"}", null,
                                                                 "401 201 201 403 404 403 404 404",
                                                                 "401 404 404 404 404 404 201 404");
        // NOTES: owner, adviser
        row("addHouseholdNote", "{\"text\": \"matrix note\"}", null,
                                                                 "401 201 403 201 404 403 404 404",
                                                                 "401 404 404 404 404 404 201 404");
        // SEE_ACCESS: owner, member
        row("listHouseholdMembers", null, null,                  "401 200 200 403 404 403 404 404",
                                                                 "401 404 404 404 404 404 200 404");
        row("listCrisisOverrides", null, null,                   "401 200 200 403 404 403 404 404",
                                                                 "401 404 404 404 404 404 200 404");
        // MANAGE: owner only (invalid role: 422; removing the last owner: 422; stale delete: 412)
        row("addHouseholdMember", "{\"accountId\": \"" + UUID.randomUUID() + "\", \"role\": \"king\"}", null,
                                                                 "401 422 403 403 404 403 404 404",
                                                                 "401 404 404 404 404 404 422 404");
        row("removeHouseholdMember", null, null,                 "401 422 403 403 404 403 404 404",
                                                                 "401 404 404 404 404 404 422 404");
        row("deleteHousehold", null, STALE,                      "401 412 403 403 404 403 404 404",
                                                                 "401 404 404 404 404 404 412 404");
        row("exportHousehold", null, null,                       "401 200 403 403 404 403 404 404",
                                                                 "401 404 404 404 404 404 200 404");
        // support staff only (scope), on any existing household; no SG- reference: 422, nothing opened
        row("openCrisisOverride", "{\"justification\": \"I would like to look at this one\", \"minutes\": 30}", null,
                                                                 "401 403 403 403 422 422 403 403",
                                                                 "401 403 403 403 422 422 403 403");
    }

    @BeforeAll
    static void start() throws Exception {
        database = TestPostgres.instance().createDatabase(AccessControlMatrixTest.class);
        Map<String, String> env = new HashMap<>(HearthEndToEndTest.databaseEnvironment(database));
        Map<Caller, String> emails = new EnumMap<>(Caller.class);
        for (Caller c : Caller.values()) {
            if (c != Caller.ANONYMOUS) {
                emails.put(c, c.name().toLowerCase().replace('_', '-') + "@example.org");
            }
        }
        Map<Caller, String> ids = new EnumMap<>(Caller.class);
        try (Hearth first = Hearth.start(ConfigLoader.load(env).withHttpPort(0))) {
            for (Map.Entry<Caller, String> e : emails.entrySet()) {
                ids.put(e.getKey(), TestSessions.signUp(first.httpPort(), e.getValue()).accountId());
            }
        }
        env.put("HEARTH_ADMIN_ACCOUNT_IDS", ids.get(Caller.ADMIN));
        env.put("HEARTH_SUPPORT_ACCOUNT_IDS", ids.get(Caller.SUPPORT) + "," + ids.get(Caller.SUPPORT_WITH_OVERRIDE));
        HearthConfig config = ConfigLoader.load(env).withHttpPort(0);
        hearth = Hearth.start(config);
        for (Map.Entry<Caller, String> e : emails.entrySet()) {
            SESSIONS.put(e.getKey(), TestSessions.logIn(hearth.httpPort(), e.getValue()));
        }
        own = household(Caller.OWNER);
        other = household(Caller.OTHER_OWNER);
        for (Caller c : List.of(Caller.MEMBER, Caller.ADVISER)) {
            HttpResponse<String> added = send(Caller.OWNER, "POST", "/v1/households/" + own.householdId() + "/members",
                    "{\"accountId\": \"" + SESSIONS.get(c).accountId() + "\", \"role\": \""
                            + (c == Caller.MEMBER ? "member" : "adviser") + "\"}", null);
            assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        }
        HttpResponse<String> opened = send(Caller.SUPPORT_WITH_OVERRIDE, "POST",
                "/v1/households/" + own.householdId() + "/crisis-overrides",
                "{\"justification\": \"Caller reports risk to life; acting under SG-4 (urgent welfare).\", "
                        + "\"minutes\": 60}", null);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        if (hearth != null) {
            hearth.close();
        }
    }

    private static Fixture household(Caller owner) throws Exception {
        HttpResponse<String> created = send(owner, "POST", "/v1/households", body("@household"), null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = JSON.readTree(created.body()).get("id").asText();
        HttpResponse<String> debt = send(owner, "POST", "/v1/households/" + id + "/debts",
                "{\"type\": \"COUNCIL_TAX\", \"creditor\": \"Council\", \"balancePence\": 100,"
                        + " \"monthlyInstalmentPence\": 10}", null);
        assertThat(debt.statusCode()).as(debt.body()).isEqualTo(201);
        HttpResponse<String> estimate = send(owner, "POST", "/v1/households/" + id + "/estimates",
                "{\"assessmentPeriodStart\": \"2026-05-14\"}", null);
        assertThat(estimate.statusCode()).as(estimate.body()).isEqualTo(201);
        return new Fixture(id, JSON.readTree(debt.body()).get("id").asText(),
                JSON.readTree(estimate.body()).get("id").asText(), SESSIONS.get(owner).accountId());
    }

    @Test
    void every_registered_route_answers_every_caller_with_exactly_the_status_its_row_says() throws Exception {
        List<RouteDefinition<?, ?>> routes = new ArrayList<>();
        for (RouteModule module : HearthApi.routeModules(UseCases.documentationOnly())) {
            routes.addAll(module.routes());
        }
        TreeSet<String> withoutRow = new TreeSet<>();
        TreeSet<String> rowWithoutRoute = new TreeSet<>(MATRIX.keySet());
        for (RouteDefinition<?, ?> route : routes) {
            rowWithoutRoute.remove(route.operationId());
            if (!MATRIX.containsKey(route.operationId())) {
                withoutRow.add(route.operationId());
            }
        }
        assertThat(withoutRow).as("routes with no row in the access-control matrix: add one").isEmpty();
        assertThat(rowWithoutRoute).as("rows for routes that no longer exist").isEmpty();

        List<String> mismatches = new ArrayList<>();
        int cells = 0;
        for (RouteDefinition<?, ?> route : routes) {
            Row row = MATRIX.get(route.operationId());
            boolean aboutAHousehold = route.path().contains("{householdId}");
            assertThat(row.other() != null).as(route + ": a household route needs an 'other' row, others none")
                    .isEqualTo(aboutAHousehold);
            cells += check(route, row, row.own(), own, "own", mismatches);
            if (aboutAHousehold) {
                cells += check(route, row, row.other(), other, "other", mismatches);
            }
        }
        assertThat(mismatches).as("cells that differ from the matrix (of " + cells + ")").isEmpty();
        assertThat(cells).isEqualTo(8 * (MATRIX.size() + (int) MATRIX.values().stream()
                .filter(r -> r.other() != null).count()));
    }

    @Test
    void reads_under_a_crisis_override_are_audited_and_the_household_sees_the_override() throws Exception {
        String h = "/v1/households/" + own.householdId();
        assertThat(send(Caller.SUPPORT_WITH_OVERRIDE, "GET", h, null, null).statusCode()).isEqualTo(200);
        JsonNode overrides = JSON.readTree(send(Caller.MEMBER, "GET", h + "/crisis-overrides", null, null).body());
        assertThat(overrides.at("/items/0/accountId").asText())
                .isEqualTo(SESSIONS.get(Caller.SUPPORT_WITH_OVERRIDE).accountId());
        assertThat(overrides.at("/items/0/justification").asText()).contains("SG-4");
        JsonNode events = JSON.readTree(send(Caller.OWNER, "GET", h + "/activity?limit=100", null, null).body())
                .get("events");
        List<String> actions = events.findValuesAsText("action");
        assertThat(actions).contains("household.crisis_override_opened", "household.crisis_override_read");
        assertThat(events.toString()).contains("SG-4");
    }

    @Test
    void a_crisis_override_without_a_policy_reference_or_for_too_long_is_refused_naming_the_fields()
            throws Exception {
        HttpResponse<String> refused = send(Caller.SUPPORT, "POST",
                "/v1/households/" + other.householdId() + "/crisis-overrides",
                "{\"justification\": \"I just want to have a look please\", \"minutes\": 241}", null);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(refused.body()).get("errors").findValuesAsText("code"))
                .containsExactlyInAnyOrder("policy_reference_required", "out_of_range");
        assertThat(send(Caller.SUPPORT, "GET", "/v1/households/" + other.householdId(), null, null).statusCode())
                .as("nothing was opened").isEqualTo(404);
    }

    private static int check(RouteDefinition<?, ?> route, Row row, String expectedRow, Fixture target, String which,
                             List<String> mismatches) throws Exception {
        String[] expected = expectedRow.trim().split("\\s+");
        assertThat(expected).as(route + " row needs one status per caller").hasSize(Caller.values().length);
        String path = route.path().replace("{householdId}", target.householdId())
                .replace("{debtId}", target.debtId()).replace("{estimateId}", target.estimateId())
                .replace("{accountId}", target.ownerId()).replace("{keyId}", UNKNOWN_KEY);
        for (Caller caller : Caller.values()) {
            String body = row.body() == null ? null : body(row.body().equals("@wrong-login")
                    ? "{\"email\": \"nobody-" + caller.name().toLowerCase() + "@example.org\", \"password\": "
                            + "\"not the password at all\"}" : row.body());
            HttpResponse<String> answer = send(caller, route.method().name(), path, body, row.ifMatch());
            int want = Integer.parseInt(expected[caller.ordinal()]);
            if (answer.statusCode() != want) {
                mismatches.add(route.operationId() + " [" + which + "] as " + caller + ": expected " + want + ", got "
                        + answer.statusCode() + " " + answer.body().substring(0, Math.min(160,
                        answer.body().length())));
            }
            if (want == 404 && route.path().contains("{householdId}")) {
                assertThat(answer.body()).as("a hidden household's 404 says nothing more than any 404")
                        .doesNotContain(target.householdId());
            }
        }
        return Caller.values().length;
    }

    private static String body(String spec) throws Exception {
        return switch (spec) {
            case "@uc" -> Files.readString(RepositoryFiles.root()
                    .resolve("docs/examples/universal-credit-issue-household.json"));
            case "@debts" -> Files.readString(RepositoryFiles.root().resolve("docs/examples/debt-plan.json"));
            case "@rent" -> Files.readString(RepositoryFiles.root().resolve("docs/examples/rent-risk.json"));
            case "@household" -> {
                ObjectNode facts = (ObjectNode) JSON.readTree(Files.readString(RepositoryFiles.root()
                        .resolve("docs/examples/universal-credit-issue-household.json")));
                facts.remove("assessmentPeriodStart");
                yield facts.toString();
            }
            default -> spec;
        };
    }

    private static HttpResponse<String> send(Caller caller, String method, String path, String body, String ifMatch)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + hearth.httpPort() + path))
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
        if (caller != Caller.ANONYMOUS) {
            request.header("Authorization", SESSIONS.get(caller).bearer());
        }
        return CLIENT.send(request.build(), BodyHandlers.ofString());
    }
}
