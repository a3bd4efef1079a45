package dev.hearth.adapter.in.http.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hearth.adapter.in.http.RouteTestServer;
import dev.hearth.application.service.debt.PlanDebtRepaymentsService;
import dev.hearth.application.service.estimate.CompareCircumstancesService;
import dev.hearth.application.service.estimate.DrawEarningsCurveService;
import dev.hearth.application.service.estimate.EstimateUniversalCreditService;
import dev.hearth.application.service.rent.AssessRentRiskService;
import dev.hearth.testsupport.DocumentedHttp;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The calculation routes over real HTTP with the real engines: the issue's example household, and bad input answered
 * 422 problem+json naming the field, never a 500. Cases are the committed examples in docs/examples, so the README's
 * curl lines are tested too.
 */
class CalculationRoutesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DocumentedHttp CLIENT = DocumentedHttp.client();
    private static RouteTestServer server;

    @BeforeAll
    static void start() {
        server = RouteTestServer.start(new CalculationRoutes(new EstimateUniversalCreditService(),
                new DrawEarningsCurveService(), new CompareCircumstancesService(), new PlanDebtRepaymentsService(),
                new AssessRentRiskService()));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static ObjectNode example(String name) throws IOException {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        return (ObjectNode) JSON.readTree(dir.resolve("docs/examples").resolve(name).toFile());
    }

    static HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(10))
                .POST(BodyPublishers.ofString(body)).build(), BodyHandlers.ofString());
    }

    @Test
    void the_issue_household_gets_its_award_payment_date_and_explanation_in_pence() throws Exception {
        HttpResponse<String> response = post("/v1/estimates/universal-credit",
                example("universal-credit-issue-household.json").toString());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        // Worked by hand in docs/domain-java-api.md (3-bed LHA £950 because the non-dependant needs a room)
        assertThat(body.get("awardPence").asLong()).isEqualTo(172_478);
        assertThat(body.get("paymentDate").asText()).isEqualTo("2026-06-19");
        assertThat(body.get("periodEnd").asText()).isEqualTo("2026-06-13");
        assertThat(body.at("/explanation/steps").size()).isGreaterThan(10);
        assertThat(body.at("/explanation/assumptions").size()).isPositive();
        assertThat(body.has("couple")).as("derived accessors are not part of the wire contract").isFalse();
    }

    @Test
    void a_debt_plan_puts_imminent_enforcement_first() throws Exception {
        HttpResponse<String> response = post("/v1/plans/debts", example("debt-plan.json").toString());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode debts = JSON.readTree(response.body()).get("debts");
        assertThat(debts.get(0).get("id").asText()).isEqualTo("council-tax");
        assertThat(debts.get(0).get("status").asText()).isEqualTo("PRIORITY");
    }

    @Test
    void a_rent_risk_assessment_answers_with_a_risk_level_and_its_reasons() throws Exception {
        HttpResponse<String> response = post("/v1/assessments/rent-risk", example("rent-risk.json").toString());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("riskLevel").asText()).isIn("LOW", "MEDIUM", "HIGH", "CRITICAL");
        assertThat(body.get("riskReasons").size()).isPositive();
        assertThat(body.get("monthlyShortfallPence").asLong()).isEqualTo(10_000);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "negative money                | /capitalPence                               | -1                | capitalPence",
            "future date of birth          | /claimants/0/dateOfBirth               | \"2031-01-01\"    | claimants[0].dateOfBirth",
            "impossible date               | /claimants/0/dateOfBirth               | \"2001-02-30\"    | claimants[0].dateOfBirth",
            "unknown enum value            | /nation                                | \"ATLANTIS\"      | nation",
            "money with fractions of pence | /capitalPence                               | 12.5              | capitalPence",
            "a child too old to count      | /children/0/dateOfBirth                | \"2000-01-01\"    | children[0].dateOfBirth",
            "explicit null for a yes/no    | /livesInGreaterLondon                  | null              | livesInGreaterLondon",
            "a period with no rates        | /assessmentPeriodStart                 | \"2031-05-14\"    | assessmentPeriodStart",
            "money one penny over the limit| /claimants/0/netEarningsPence               | 1000000001        | claimants[0].netEarningsPence",
            "money at Long.MAX_VALUE       | /capitalPence                               | 9223372036854775807 | capitalPence",
            "money past Long.MAX_VALUE     | /capitalPence                               | 9223372036854775808 | capitalPence",
            "rent at Long.MAX_VALUE        | /housing/rent/amountPence                   | 9223372036854775807 | housing.rent.amountPence",
            "a null child                  | /children/0                            | null              | children[0]",
            "a null disability benefit     | /claimants/0/disabilityBenefits        | [null]            | claimants[0].disabilityBenefits[0]",
            "bedrooms past int             | /housing/bedrooms                      | 99999999999       | housing.bedrooms"})
    void bad_universal_credit_input_is_422_problem_json_naming_the_field(String rule, String pointer, String value,
                                                                           String field) throws Exception {
        ObjectNode body = example("universal-credit-issue-household.json");
        set(body, pointer, JSON.readTree(value));

        HttpResponse<String> response = post("/v1/estimates/universal-credit", body.toString());

        assertThat(response.statusCode()).as(rule).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).as(rule).contains(field);
        assertThat(response.body()).as("no stack trace").doesNotContain("Exception", "at dev.hearth");
    }

    @Test
    void rent_without_a_frequency_is_422_naming_the_field() throws Exception {
        ObjectNode body = example("universal-credit-issue-household.json");
        ((ObjectNode) body.at("/housing/rent")).remove("frequency");

        HttpResponse<String> response = post("/v1/estimates/universal-credit", body.toString());

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("housing.rent.frequency");
    }

    @Test
    void an_unknown_debt_type_and_a_negative_balance_are_422_naming_both_fields() throws Exception {
        ObjectNode body = example("debt-plan.json");
        ArrayNode debts = (ArrayNode) body.get("debts");
        ((ObjectNode) debts.get(2)).put("type", "LOAN_SHARK_MAGIC");
        ((ObjectNode) debts.get(3)).put("balancePence", -100);

        HttpResponse<String> response = post("/v1/plans/debts", body.toString());

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("debts[2].type", "debts[3].balancePence");
    }

    @Test
    void rent_risk_without_a_rent_frequency_is_422_naming_the_field() throws Exception {
        ObjectNode body = example("rent-risk.json");
        body.remove("rentFrequency");

        HttpResponse<String> response = post("/v1/assessments/rent-risk", body.toString());

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("rentFrequency");
    }

    @Test
    void every_money_field_of_a_debt_plan_and_a_rent_risk_at_long_max_value_is_422_too_large() throws Exception {
        ObjectNode debts = example("debt-plan.json");
        ((ObjectNode) debts.withArray("monthlyIncome").get(0)).put("monthlyAmountPence", Long.MAX_VALUE);
        ((ObjectNode) debts.withArray("essentialSpending").get(0)).put("monthlyAmountPence", Long.MAX_VALUE);
        ((ObjectNode) debts.withArray("debts").get(0)).put("balancePence", Long.MAX_VALUE);
        ObjectNode rent = example("rent-risk.json");
        rent.put("rentPence", Long.MAX_VALUE);
        rent.put("arrearsPence", Long.MAX_VALUE);

        HttpResponse<String> plan = post("/v1/plans/debts", debts.toString());
        HttpResponse<String> risk = post("/v1/assessments/rent-risk", rent.toString());

        assertThat(plan.statusCode()).as(plan.body()).isEqualTo(422);
        assertThat(JSON.readTree(plan.body()).get("errors").findValuesAsText("field")).contains(
                "monthlyIncome[0].monthlyAmountPence", "essentialSpending[0].monthlyAmountPence",
                "debts[0].balancePence");
        assertThat(risk.statusCode()).as(risk.body()).isEqualTo(422);
        assertThat(JSON.readTree(risk.body()).get("errors").findValuesAsText("field"))
                .contains("rentPence", "arrearsPence");
        assertThat(JSON.readTree(risk.body()).get("errors").findValuesAsText("code")).containsOnly("too_large");
    }

    @Test
    void an_eviction_date_and_circumstances_travel_over_http_and_the_home_comes_first() throws Exception {
        ObjectNode body = example("debt-plan.json");
        ObjectNode rent = (ObjectNode) body.withArray("debts").get(1);
        rent.putArray("enforcementEvents").addObject().put("action", "EVICTION_DATE").put("date", "2026-05-20");
        ((ObjectNode) body.withArray("debts").get(3)).putObject("circumstances").put("forCurrentHome", true);

        HttpResponse<String> response = post("/v1/plans/debts", body.toString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode plan = JSON.readTree(response.body());
        assertThat(plan.get("debts").get(0).get("id").asText()).isEqualTo("rent");
        assertThat(plan.get("debts").get(0).get("enforcementUrgency").asText()).isEqualTo("EMERGENCY");
        assertThat(plan.get("flags").findValuesAsText("ruleId")).contains("debt.flag.home_at_risk");
        assertThat(plan.get("options").findValuesAsText("option")).contains("DEBT_RELIEF_ORDER");
    }

    @Test
    void an_enforcement_event_without_an_action_or_with_an_unknown_kind_is_422_not_500() throws Exception {
        ObjectNode body = example("debt-plan.json");
        ((ObjectNode) body.withArray("debts").get(1)).putArray("enforcementEvents").addObject()
                .put("date", "2026-05-20");
        ObjectNode unknown = example("debt-plan.json");
        ((ObjectNode) unknown.withArray("debts").get(1)).putArray("enforcementEvents").addObject()
                .put("action", "BAILIFF_ON_THE_DOORSTEP").put("date", "2026-05-20");

        HttpResponse<String> missing = post("/v1/plans/debts", body.toString());
        HttpResponse<String> wrongKind = post("/v1/plans/debts", unknown.toString());

        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(missing.body()).get("errors").findValuesAsText("field"))
                .contains("debts[1].enforcementEvents[0].action");
        assertThat(wrongKind.statusCode()).isEqualTo(422);
        assertThat(wrongKind.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
    }

    @Test
    void a_rent_risk_with_a_tenancy_type_lists_its_grounds_and_a_wrong_one_is_422() throws Exception {
        ObjectNode body = example("rent-risk.json");
        body.put("tenancyType", "ASSURED");
        ObjectNode wrong = example("rent-risk.json");
        wrong.put("tenancyType", "SCOTTISH_SECURE");

        HttpResponse<String> response = post("/v1/assessments/rent-risk", body.toString());
        HttpResponse<String> refused = post("/v1/assessments/rent-risk", wrong.toString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("possessionGrounds").findValuesAsText("ground"))
                .contains("Housing Act 1988 Sch 2 Ground 8");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(refused.body()).get("errors").findValuesAsText("code"))
                .contains("tenancy_type_not_in_nation");
    }

    @Test
    void a_null_debt_is_422_required_naming_its_index() throws Exception {
        ObjectNode body = example("debt-plan.json");
        body.withArray("debts").insertNull(1);

        HttpResponse<String> response = post("/v1/plans/debts", body.toString());

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode error = JSON.readTree(response.body()).get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("debts[1]");
        assertThat(error.get("code").asText()).isEqualTo("required");
    }

    private static void set(ObjectNode root, String pointer, JsonNode value) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = slash == 0 ? root : root.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
    }
}
