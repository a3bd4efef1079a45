package dev.hearth.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hearth.adapter.in.http.RouteDefinition;
import dev.hearth.adapter.in.http.RouteModule;
import dev.hearth.bootstrap.config.ConfigLoader;
import dev.hearth.bootstrap.config.HearthConfig;
import dev.hearth.testsupport.DocumentedHttp;
import dev.hearth.testsupport.MovableClock;
import dev.hearth.testsupport.TestDatabase;
import dev.hearth.testsupport.TestPostgres;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
 * The access-control matrix (issue 6, ADR 0019, ADR 0021): EVERY registered route x every kind of caller x the
 * caller's own household and another one, through the whole wiring and real PostgreSQL, asserting the exact status;
 * and EVERY route x every kind of credential ({@link Credential}: API keys, external tokens, a stale sign-in, and
 * credentials minted while the account held a privilege it has since lost). The routes come from
 * {@link HearthApi#routeModules}; a route without a row here fails the test, so no route can be added without deciding
 * who may call it. A 403 cell asserts the code too: {@code 403} is {@code forbidden}, {@code 403R} is
 * {@code reauthentication_required}.
 *
 * <p>Households: H, owned by {@code OWNER}, with {@code MEMBER} (member) and {@code ADVISER} (adviser); the
 * {@code SUPPORT_WITH_OVERRIDE} account holds an open crisis override on H. O, owned by {@code OTHER_OWNER}. "own" is H,
 * "other" is O (so for {@code OTHER_OWNER} the "other" column is its own household). Each row gives the eight
 * statuses in the order of {@link Caller}. A probe that passes the access check is built to end predictably without
 * harm: changes carry a stale {@code If-Match} (412), bodies that would change access are invalid (422), additions
 * (a debt, a note, an estimate) are allowed to happen.
 *
 * <p>The server runs on a clock the test moves, and is started three times on one database: to register everyone;
 * with {@code EX_ADMIN} and {@code EX_SUPPORT} listed as admin and support, when their access tokens and API keys are
 * minted and {@code ADMIN} signs in for the stale session (refreshed 14 minutes later; used 16 minutes after the
 * sign-in); and for the matrix, with those two taken off the lists.
 */
class AccessControlMatrixTest {

    /** Who calls, in the column order of every row. */
    enum Caller { ANONYMOUS, OWNER, MEMBER, ADVISER, SUPPORT, SUPPORT_WITH_OVERRIDE, OTHER_OWNER, ADMIN }

    /**
     * The kinds of credential, in the column order of every row's {@code kinds}, against household H.
     * {@code KEY_*}: API keys; {@code EXT_*}: tokens of the external issuer; {@code EX_*}: credentials minted while the
     * account was listed in {@code HEARTH_ADMIN_ACCOUNT_IDS} / {@code HEARTH_SUPPORT_ACCOUNT_IDS}, used after it was
     * taken off.
     */
    enum Credential {
        /** MEMBER's API key, scope account. */
        KEY_MEMBER,
        /** An external issuer's token for an account that is a member of H. */
        EXT_MEMBER,
        /** ADMIN's API key, scope admin:audit only. */
        KEY_AUDIT_ONLY,
        /** ADMIN's API key with account and both admin scopes. */
        KEY_ADMIN,
        /** An external issuer's token for an account listed as admin and as support. */
        EXT_ADMIN,
        /** ADMIN's access token from a refresh, its password sign-in 16 minutes old. */
        STALE_ADMIN,
        /** SUPPORT's API key with account and support:crisis-override. */
        KEY_SUPPORT,
        /** EX_ADMIN's access token from a sign-in while it was an admin. */
        EX_ADMIN_TOKEN,
        /** EX_ADMIN's API key (account and both admin scopes) made while it was an admin. */
        EX_ADMIN_KEY,
        /** EX_SUPPORT's access token from a sign-in while it was support staff. */
        EX_SUPPORT_TOKEN,
        /** EX_SUPPORT's API key (account, support:crisis-override) made while it was support staff. */
        EX_SUPPORT_KEY
    }

    /** An API key id nobody has: a key is only ever the caller's own, so every signed-in caller gets 404 for it. */
    private static final String UNKNOWN_KEY = "01a20000-0000-7000-8000-000000000000";

    private static final DocumentedHttp CLIENT = DocumentedHttp.client();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STALE = "\"999\"";

    private static TestDatabase database;
    private static Hearth hearth;
    private static final Map<Caller, TestCredentials.Login> SESSIONS = new EnumMap<>(Caller.class);
    private static final Map<Credential, String> CREDENTIALS = new EnumMap<>(Credential.class);
    private static final MovableClock CLOCK = new MovableClock(
            Instant.now().truncatedTo(ChronoUnit.SECONDS));
    private static TestCredentials.ExternalIssuer externalIssuer;
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
     * @param kinds   the statuses of each {@link Credential}, against H for routes about a household
     */
    record Row(String body, String ifMatch, String own, String other, String kinds) {
    }

    private static final Map<String, Row> MATRIX = new LinkedHashMap<>();

    private static void row(String operationId, String body, String ifMatch, String own, String other) {
        MATRIX.put(operationId, new Row(body, ifMatch, own, other, null));
    }

    /** The statuses of every {@link Credential} for a route already given its row. */
    private static void kinds(String operationId, String statuses) {
        Row row = MATRIX.get(operationId);
        MATRIX.put(operationId, new Row(row.body(), row.ifMatch(), row.own(), row.other(), statuses));
    }

    /** The same status for every {@link Credential}. */
    private static String all(String status) {
        return String.join(" ", java.util.Collections.nCopies(Credential.values().length, status));
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
        row("drawUniversalCreditEarningsCurve", "@curve", null,  "200 200 200 200 200 200 200 200", null);
        row("compareUniversalCreditCircumstances", "@comparison", null, "200 200 200 200 200 200 200 200", null);
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
        // READ with a body: a debt plan from the stored debts changes nothing
        row("planHouseholdDebts", "{\"planDate\": \"2026-06-01\"}", null, "401 200 200 200 404 200 404 404",
                                                                 "401 404 404 404 404 404 200 404");
        // WRITE: owner, member (stale If-Match: 412 proves the check let it through, and nothing changes)
        row("changeHousehold", "{\"capitalPence\": 1}", STALE,        "401 412 412 403 404 403 404 404",
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

        // ADR 0021: the credential's scopes intersected with what the account holds now; admin actions need a recent
        // password sign-in (403R: reauthentication_required), crisis overrides a signed-in person (no key, no
        // external token); household routes need the account scope (KEY_AUDIT_ONLY is 403 on every one of them)
        for (String same : List.of("checkLiveness", "checkReadiness", "estimateUniversalCredit",
                "drawUniversalCreditEarningsCurve", "compareUniversalCreditCircumstances", "planDebtRepayments",
                "assessRentRisk", "getJsonWebKeySet")) {
            kinds(same, all("200"));
        }
        kinds("registerAccount", all("422"));
        kinds("logIn", all("401"));
        kinds("refreshSession", all("401"));
        kinds("logOut", all("204"));
        //                           kmem xmem kaud kadm xadm stal ksup exat exak exst exsk
        kinds("getCurrentAccount",  "200  200  403  200  200  200  200  200  200  200  200");
        // a key cannot make or rotate keys (ADR 0020)
        kinds("createApiKey",       "403  201  403  403  201  201  403  201  403  201  403");
        kinds("listApiKeys",        "200  200  403  200  200  200  200  200  200  200  200");
        kinds("rotateApiKey",       "403  404  403  403  404  404  403  404  403  404  403");
        kinds("revokeApiKey",       "404  404  403  404  404  404  404  404  404  404  404");
        kinds("createHousehold",    "201  201  403  201  201  201  201  201  201  201  201");
        kinds("listHouseholds",     "200  200  403  200  200  200  200  200  200  200  200");
        kinds("rotateSigningKey",   "403  403  403  403  403  403R 403  403  403  403  403");
        kinds("verifyAuditTrail",   "403  403  403  403  403  403R 403  403  403  403  403");
        for (String read : List.of("getHousehold", "listDebts", "getDebt", "listSavedEstimates", "getSavedEstimate",
                "replaySavedEstimate", "listHouseholdActivity", "listHouseholdNotes", "listHouseholdMembers",
                "listCrisisOverrides")) {
            kinds(read,             "200  200  403  404  404  404  404  404  404  404  404");
        }
        kinds("planHouseholdDebts", "200  200  403  404  404  404  404  404  404  404  404");
        for (String write : List.of("changeHousehold", "changeDebt", "removeDebt")) {
            kinds(write,            "412  412  403  404  404  404  404  404  404  404  404");
        }
        kinds("addDebt",            "201  201  403  404  404  404  404  404  404  404  404");
        kinds("saveEstimate",       "201  201  403  404  404  404  404  404  404  404  404");
        for (String notMember : List.of("addHouseholdNote", "addHouseholdMember", "removeHouseholdMember",
                "deleteHousehold", "exportHousehold")) {
            kinds(notMember,        "403  403  403  404  404  404  404  404  404  404  404");
        }
        kinds("openCrisisOverride", all("403"));
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
        externalIssuer = new TestCredentials.ExternalIssuer(CLOCK);
        env.putAll(externalIssuer.environment());
        Map<Caller, String> ids = new EnumMap<>(Caller.class);
        String exAdmin;
        String exSupport;
        String externalMember;
        String externalAdmin;
        try (Hearth first = Hearth.start(ConfigLoader.load(env).withHttpPort(0), CLOCK)) {
            for (Map.Entry<Caller, String> e : emails.entrySet()) {
                ids.put(e.getKey(), TestCredentials.signUp(first.httpPort(), e.getValue()).accountId());
            }
            exAdmin = TestCredentials.signUp(first.httpPort(), "ex-admin@example.org").accountId();
            exSupport = TestCredentials.signUp(first.httpPort(), "ex-support@example.org").accountId();
            externalMember = TestCredentials.accountId(first.httpPort(), externalIssuer.bearer("matrix-member"));
            externalAdmin = TestCredentials.accountId(first.httpPort(), externalIssuer.bearer("matrix-admin"));
        }
        String support = ids.get(Caller.SUPPORT) + "," + ids.get(Caller.SUPPORT_WITH_OVERRIDE);
        // EX_ADMIN and EX_SUPPORT hold their privileges while their credentials are minted...
        env.put("HEARTH_ADMIN_ACCOUNT_IDS", ids.get(Caller.ADMIN) + "," + exAdmin);
        env.put("HEARTH_SUPPORT_ACCOUNT_IDS", support + "," + exSupport);
        try (Hearth minting = Hearth.start(ConfigLoader.load(env).withHttpPort(0), CLOCK)) {
            int port = minting.httpPort();
            TestCredentials.Login signedIn = TestCredentials.logIn(port, emails.get(Caller.ADMIN));
            CLOCK.advance(Duration.ofMinutes(14));
            CREDENTIALS.put(Credential.STALE_ADMIN,
                    "Bearer " + TestCredentials.refresh(port, signedIn.refreshToken()).accessToken());
            CLOCK.advance(Duration.ofMinutes(2));
            TestCredentials.Login admin = TestCredentials.logIn(port, "ex-admin@example.org");
            CREDENTIALS.put(Credential.EX_ADMIN_TOKEN, admin.bearer());
            CREDENTIALS.put(Credential.EX_ADMIN_KEY, "Bearer " + TestCredentials.apiKey(port, admin.bearer(),
                    List.of("account", "admin:signing-keys", "admin:audit")));
            TestCredentials.Login staff = TestCredentials.logIn(port, "ex-support@example.org");
            CREDENTIALS.put(Credential.EX_SUPPORT_TOKEN, staff.bearer());
            CREDENTIALS.put(Credential.EX_SUPPORT_KEY, "Bearer " + TestCredentials.apiKey(port, staff.bearer(),
                    List.of("account", "support:crisis-override")));
        }
        // ...and lose them before the matrix runs; the external admin is listed in both
        env.put("HEARTH_ADMIN_ACCOUNT_IDS", ids.get(Caller.ADMIN) + "," + externalAdmin);
        env.put("HEARTH_SUPPORT_ACCOUNT_IDS", support + "," + externalAdmin);
        // ~900 requests from one address: the rate limits are SharedRateLimitsEndToEndTest's subject, not this one's
        HearthConfig config = ConfigLoader.load(env).withHttpPort(0)
                .withRateLimits(dev.hearth.application.port.in.ratelimit.RateLimits.off());
        hearth = Hearth.start(config, CLOCK);
        for (Map.Entry<Caller, String> e : emails.entrySet()) {
            SESSIONS.put(e.getKey(), TestCredentials.logIn(hearth.httpPort(), e.getValue()));
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
        HttpResponse<String> external = send(Caller.OWNER, "POST", "/v1/households/" + own.householdId() + "/members",
                "{\"accountId\": \"" + externalMember + "\", \"role\": \"member\"}", null);
        assertThat(external.statusCode()).as(external.body()).isEqualTo(201);
        int port = hearth.httpPort();
        CREDENTIALS.put(Credential.KEY_MEMBER, "Bearer " + TestCredentials.apiKey(port,
                SESSIONS.get(Caller.MEMBER).bearer(), List.of("account")));
        CREDENTIALS.put(Credential.KEY_AUDIT_ONLY, "Bearer " + TestCredentials.apiKey(port,
                SESSIONS.get(Caller.ADMIN).bearer(), List.of("admin:audit")));
        CREDENTIALS.put(Credential.KEY_ADMIN, "Bearer " + TestCredentials.apiKey(port,
                SESSIONS.get(Caller.ADMIN).bearer(), List.of("account", "admin:signing-keys", "admin:audit")));
        CREDENTIALS.put(Credential.KEY_SUPPORT, "Bearer " + TestCredentials.apiKey(port,
                SESSIONS.get(Caller.SUPPORT).bearer(), List.of("account", "support:crisis-override")));
    }

    @AfterAll
    static void stop() {
        if (hearth != null) {
            hearth.close();
        }
        if (externalIssuer != null) {
            externalIssuer.close();
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
            assertThat(row.kinds()).as(route + ": every route needs its kinds of credential").isNotNull();
            cells += checkKinds(route, row, mismatches);
        }
        assertThat(mismatches).as("cells that differ from the matrix (of " + cells + ")").isEmpty();
        assertThat(cells).isEqualTo(8 * (MATRIX.size() + (int) MATRIX.values().stream()
                .filter(r -> r.other() != null).count()) + Credential.values().length * MATRIX.size());
    }

    @Test
    void every_household_route_needs_the_account_scope_and_every_admin_route_a_recent_sign_in() {
        for (RouteModule module : HearthApi.routeModules(UseCases.documentationOnly())) {
            for (RouteDefinition<?, ?> route : module.routes()) {
                if (route.path().startsWith("/v1/households") || route.householdAccess().isPresent()) {
                    assertThat(route.security().scopes()).as(route.toString()).contains("account");
                }
                if (route.path().startsWith("/v1/admin/")) {
                    assertThat(route.security().needsRecentSignIn()).as(route.toString()).isTrue();
                }
                if (!route.security().isPublic() && !route.path().startsWith("/v1/admin/")) {
                    assertThat(route.security().scopes()).as(route + ": an account-owned route").contains("account");
                }
            }
        }
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

    private static int checkKinds(RouteDefinition<?, ?> route, Row row, List<String> mismatches) throws Exception {
        String[] expected = row.kinds().trim().split("\\s+");
        assertThat(expected).as(route + " kinds need one status per credential").hasSize(Credential.values().length);
        String path = path(route, own);
        for (Credential credential : Credential.values()) {
            String body = row.body() == null ? null : body(row.body().equals("@wrong-login")
                    ? "{\"email\": \"nobody-" + credential.name().toLowerCase() + "@example.org\", \"password\": "
                            + "\"not the password at all\"}" : row.body());
            String bearer = credential == Credential.EXT_MEMBER ? externalIssuer.bearer("matrix-member")
                    : credential == Credential.EXT_ADMIN ? externalIssuer.bearer("matrix-admin")
                    : CREDENTIALS.get(credential);
            HttpResponse<String> answer = send(bearer, route.method().name(), path, body, row.ifMatch());
            compare(route.operationId() + " [" + credential + "]", expected[credential.ordinal()], answer,
                    mismatches);
        }
        return Credential.values().length;
    }

    /** Records a mismatch unless the answer has the expected status (and, for 403, the expected code). */
    private static void compare(String where, String expected, HttpResponse<String> answer, List<String> mismatches)
            throws Exception {
        boolean reauthenticate = expected.endsWith("R");
        int want = Integer.parseInt(reauthenticate ? expected.substring(0, expected.length() - 1) : expected);
        boolean matches = answer.statusCode() == want;
        if (matches && want == 403) {
            matches = JSON.readTree(answer.body()).path("code").asText()
                    .equals(reauthenticate ? "reauthentication_required" : "forbidden");
        }
        if (!matches) {
            mismatches.add(where + ": expected " + expected + ", got " + answer.statusCode() + " "
                    + answer.body().substring(0, Math.min(160, answer.body().length())));
        }
    }

    private static String path(RouteDefinition<?, ?> route, Fixture target) {
        return route.path().replace("{householdId}", target.householdId())
                .replace("{debtId}", target.debtId()).replace("{estimateId}", target.estimateId())
                .replace("{accountId}", target.ownerId()).replace("{keyId}", UNKNOWN_KEY);
    }

    private static int check(RouteDefinition<?, ?> route, Row row, String expectedRow, Fixture target, String which,
                             List<String> mismatches) throws Exception {
        String[] expected = expectedRow.trim().split("\\s+");
        assertThat(expected).as(route + " row needs one status per caller").hasSize(Caller.values().length);
        String path = path(route, target);
        for (Caller caller : Caller.values()) {
            String body = row.body() == null ? null : body(row.body().equals("@wrong-login")
                    ? "{\"email\": \"nobody-" + caller.name().toLowerCase() + "@example.org\", \"password\": "
                            + "\"not the password at all\"}" : row.body());
            HttpResponse<String> answer = send(caller, route.method().name(), path, body, row.ifMatch());
            compare(route.operationId() + " [" + which + "] as " + caller, expected[caller.ordinal()], answer,
                    mismatches);
            if (answer.statusCode() == 404 && route.path().contains("{householdId}")) {
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
            case "@curve" -> Files.readString(RepositoryFiles.root().resolve("docs/examples/earnings-curve.json"));
            case "@comparison" -> Files.readString(RepositoryFiles.root()
                    .resolve("docs/examples/circumstances-comparison.json"));
            case "@debts" -> Files.readString(RepositoryFiles.root().resolve("docs/examples/debt-plan.json"));
            case "@rent" -> Files.readString(RepositoryFiles.root().resolve("docs/examples/rent-risk.json"));
            case "@household" -> TestCredentials.householdFacts().toString();
            default -> spec;
        };
    }

    private static HttpResponse<String> send(Caller caller, String method, String path, String body, String ifMatch)
            throws Exception {
        return send(caller == Caller.ANONYMOUS ? null : SESSIONS.get(caller).bearer(), method, path, body, ifMatch);
    }

    private static HttpResponse<String> send(String bearer, String method, String path, String body, String ifMatch)
            throws Exception {
        return CLIENT.send(hearth.httpPort(), method, path, body, ifMatch, bearer);
    }
}
