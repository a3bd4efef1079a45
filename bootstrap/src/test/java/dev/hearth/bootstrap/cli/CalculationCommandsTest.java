package dev.hearth.bootstrap.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hearth.adapter.in.http.JsonDocuments;
import dev.hearth.bootstrap.HearthMain;
import dev.hearth.domain.debt.DebtPlanRequest;
import dev.hearth.domain.debt.DebtPlanner;
import dev.hearth.domain.rent.RentRiskAssessor;
import dev.hearth.domain.rent.RentRiskRequest;
import dev.hearth.domain.uc.UcEstimateRequest;
import dev.hearth.domain.uc.UniversalCredit;
import dev.hearth.domain.uc.whatif.CircumstanceComparisons;
import dev.hearth.domain.uc.whatif.CircumstancesComparisonRequest;
import dev.hearth.domain.uc.whatif.EarningsCurveRequest;
import dev.hearth.domain.uc.whatif.EarningsCurves;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The offline commands print exactly what the engines (and so the REST routes) answer for the committed examples. */
class CalculationCommandsTest {

    record Run(int exitCode, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = HearthMain.execute(Map.of(), new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    static Path example(String name) {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        return dir.resolve("docs/examples").resolve(name);
    }

    @Test
    void estimate_universal_credit_prints_the_engines_estimate_for_a_case_file() throws Exception {
        Path input = example("universal-credit-issue-household.json");

        Run run = run("estimate", "universal-credit", "--input", input.toString());

        assertThat(run.exitCode()).isZero();
        UcEstimateRequest request = JsonDocuments.read(Files.readAllBytes(input), UcEstimateRequest.class);
        assertThat(run.out()).isEqualTo(JsonDocuments.write(UniversalCredit.estimate(request)));
        assertThat(new ObjectMapper().readTree(run.out()).get("awardPence").asLong()).isEqualTo(172_478);
    }

    @Test
    void the_what_if_commands_print_the_curve_and_the_comparison_the_rest_routes_answer() throws Exception {
        Path curve = example("earnings-curve.json");
        Path comparison = example("circumstances-comparison.json");

        Run curveRun = run("estimate", "earnings-curve", "--input", curve.toString());
        Run comparisonRun = run("estimate", "comparison", "--input", comparison.toString());

        assertThat(curveRun.exitCode()).isZero();
        assertThat(curveRun.out()).isEqualTo(JsonDocuments.write(EarningsCurves.draw(
                JsonDocuments.read(Files.readAllBytes(curve), EarningsCurveRequest.class))));
        assertThat(comparisonRun.exitCode()).isZero();
        assertThat(comparisonRun.out()).isEqualTo(JsonDocuments.write(CircumstanceComparisons.compare(
                JsonDocuments.read(Files.readAllBytes(comparison), CircumstancesComparisonRequest.class))));
    }

    @Test
    void a_curve_with_too_many_points_exits_2_with_the_problem_on_standard_error() throws Exception {
        Path input = Files.writeString(Files.createTempFile("curve", ".json"),
                Files.readString(example("earnings-curve.json")).replace("\"stepPence\": 10000", "\"stepPence\": 1"));

        Run run = run("estimate", "earnings-curve", "--input", input.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("too_many_points", "stepPence");
    }

    @Test
    void plan_debts_and_assess_rent_risk_print_the_engines_answers() throws Exception {
        Path debts = example("debt-plan.json");
        Path rent = example("rent-risk.json");

        Run plan = run("plan", "debts", "--input", debts.toString());
        Run assess = run("assess", "rent-risk", "-i", rent.toString());

        assertThat(plan.exitCode()).isZero();
        assertThat(plan.out()).isEqualTo(JsonDocuments.write(
                DebtPlanner.plan(JsonDocuments.read(Files.readAllBytes(debts), DebtPlanRequest.class))));
        assertThat(assess.exitCode()).isZero();
        assertThat(assess.out()).isEqualTo(JsonDocuments.write(
                RentRiskAssessor.assess(JsonDocuments.read(Files.readAllBytes(rent), RentRiskRequest.class))));
    }

    @Test
    void an_invalid_case_exits_2_with_the_problem_document_on_standard_error(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("case.json");
        Files.writeString(input, Files.readString(example("universal-credit-issue-household.json"))
                .replace("\"capitalPence\": 740000", "\"capitalPence\": -1"));

        Run run = run("estimate", "universal-credit", "--input", input.toString());

        assertThat(run.exitCode()).isEqualTo(HearthMain.EXIT_USAGE);
        assertThat(run.out()).isEmpty();
        JsonNode problem = new ObjectMapper().readTree(run.err());
        assertThat(problem.get("status").asInt()).isEqualTo(422);
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("capitalPence");
    }

    @Test
    void a_missing_case_file_exits_2_saying_so() {
        Run run = run("estimate", "universal-credit", "--input", "/no/such/case.json");

        assertThat(run.exitCode()).isEqualTo(HearthMain.EXIT_USAGE);
        assertThat(run.err()).contains("no such file");
    }
}
