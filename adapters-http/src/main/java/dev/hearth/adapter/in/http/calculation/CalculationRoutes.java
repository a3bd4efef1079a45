package dev.hearth.adapter.in.http.calculation;

import dev.hearth.adapter.in.http.RouteDefinition;
import dev.hearth.adapter.in.http.RouteModule;
import dev.hearth.adapter.in.http.RouteSecurity;
import dev.hearth.application.error.ErrorCode;
import dev.hearth.application.port.in.debt.PlanDebtRepaymentsQuery;
import dev.hearth.application.port.in.debt.PlanDebtRepaymentsUseCase;
import dev.hearth.application.port.in.estimate.EstimateUniversalCreditQuery;
import dev.hearth.application.port.in.estimate.EstimateUniversalCreditUseCase;
import dev.hearth.application.port.in.rent.AssessRentRiskQuery;
import dev.hearth.application.port.in.rent.AssessRentRiskUseCase;
import dev.hearth.domain.debt.DebtPlan;
import dev.hearth.domain.debt.DebtPlanRequest;
import dev.hearth.domain.rent.RentRiskAssessment;
import dev.hearth.domain.rent.RentRiskRequest;
import dev.hearth.domain.uc.UcEstimate;
import dev.hearth.domain.uc.UcEstimateRequest;

import java.util.List;
import java.util.Objects;

/**
 * The stateless calculation routes: Universal Credit estimate, debt plan, rent risk. Each takes the engine's input
 * record as its JSON body and answers with the engine's result, explanation included (ADR 0014: the engines' records
 * are the v1 wire contract, so the HTTP API, the CLI and embedding JVM services see one shape). Nothing is stored.
 */
public final class CalculationRoutes implements RouteModule {

    private static final String ESTIMATE_NOTE = " The answer is an estimate: it carries every step with its legal "
            + "reference and every assumption (user-supplied, defaulted, inferred or unconfirmed), so a client can show "
            + "estimate wording and an auditor can follow each number. All money is integer pence.";

    private final EstimateUniversalCreditUseCase estimateUniversalCredit;
    private final PlanDebtRepaymentsUseCase planDebtRepayments;
    private final AssessRentRiskUseCase assessRentRisk;

    public CalculationRoutes(EstimateUniversalCreditUseCase estimateUniversalCredit,
                             PlanDebtRepaymentsUseCase planDebtRepayments,
                             AssessRentRiskUseCase assessRentRisk) {
        this.estimateUniversalCredit = Objects.requireNonNull(estimateUniversalCredit, "estimateUniversalCredit");
        this.planDebtRepayments = Objects.requireNonNull(planDebtRepayments, "planDebtRepayments");
        this.assessRentRisk = Objects.requireNonNull(assessRentRisk, "assessRentRisk");
    }

    @Override
    public List<RouteDefinition<?, ?>> routes() {
        return List.of(
                RouteDefinition.post("/v1/estimates/universal-credit")
                        .operationId("estimateUniversalCredit")
                        .summary("Estimate Universal Credit for one monthly assessment period")
                        .description("From a household's facts for one assessment period: maximum amount (standard "
                                + "allowance, child, disabled child, LCW/LCWRA, carer, childcare and housing costs "
                                + "elements), means test (work allowance, 55% taper, unearned income, capital), "
                                + "benefit cap, deductions, the period's dates and the expected payment date. A nil "
                                + "award is a 200 answer with its reasons. Rates are held for periods starting 7 April "
                                + "2025 to 31 March 2027; other periods answer 422 rates_not_available."
                                + ESTIMATE_NOTE)
                        .tags("estimates")
                        .security(RouteSecurity.none())
                        .requestBody(UcEstimateRequest.class, "The household's facts for the assessment period")
                        .errors(ErrorCode.RATES_NOT_AVAILABLE)
                        .handle(UcEstimate.class, request -> estimateUniversalCredit.estimate(
                                new EstimateUniversalCreditQuery(request.body()))),
                RouteDefinition.post("/v1/plans/debts")
                        .operationId("planDebtRepayments")
                        .summary("Order debts by priority and plan monthly payments")
                        .description("Classifies each debt as priority or non-priority with the sanction that makes "
                                + "it so, orders them (imminent enforcement first, then home, liberty, essential "
                                + "services, essential goods, other priority, non-priority), and shares what is left "
                                + "after essential spending: priority instalments first, then non-priority creditors "
                                + "pro rata to balance, with token payments when nothing is left. Flags when Breathing "
                                + "Space or a formal option may be worth advice." + ESTIMATE_NOTE)
                        .tags("plans")
                        .security(RouteSecurity.none())
                        .requestBody(DebtPlanRequest.class, "Monthly income, essential spending and the debts")
                        .handle(DebtPlan.class, request -> planDebtRepayments.plan(
                                new PlanDebtRepaymentsQuery(request.body()))),
                RouteDefinition.post("/v1/assessments/rent-risk")
                        .operationId("assessRentRisk")
                        .summary("Assess how close rent arrears are to putting the home at risk")
                        .description("Monthly shortfall between rent and housing support, arrears in rent periods, "
                                + "the date arrears would reach the mandatory possession threshold under the rules in "
                                + "force (Ground 8 before and after the Renters' Rights Act 2025) with notice periods, "
                                + "managed payment and third-party deduction eligibility, the gap between rent due and "
                                + "UC payment, a 3-month timeline and a risk level with every reason that raised it."
                                + ESTIMATE_NOTE)
                        .tags("assessments")
                        .security(RouteSecurity.none())
                        .requestBody(RentRiskRequest.class, "The tenancy, its arrears and the housing support")
                        .handle(RentRiskAssessment.class, request -> assessRentRisk.assess(
                                new AssessRentRiskQuery(request.body()))));
    }
}
