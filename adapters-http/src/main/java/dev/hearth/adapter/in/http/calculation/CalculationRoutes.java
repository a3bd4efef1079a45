package dev.hearth.adapter.in.http.calculation;

import dev.hearth.adapter.in.http.RouteDefinition;
import dev.hearth.adapter.in.http.RouteModule;
import dev.hearth.adapter.in.http.RouteSecurity;
import dev.hearth.application.error.ErrorCode;
import dev.hearth.application.port.in.debt.PlanDebtRepaymentsQuery;
import dev.hearth.application.port.in.debt.PlanDebtRepaymentsUseCase;
import dev.hearth.application.port.in.estimate.CompareCircumstancesQuery;
import dev.hearth.application.port.in.estimate.CompareCircumstancesUseCase;
import dev.hearth.application.port.in.estimate.DrawEarningsCurveQuery;
import dev.hearth.application.port.in.estimate.DrawEarningsCurveUseCase;
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
import dev.hearth.domain.uc.whatif.CircumstancesComparison;
import dev.hearth.domain.uc.whatif.CircumstancesComparisonRequest;
import dev.hearth.domain.uc.whatif.EarningsCurve;
import dev.hearth.domain.uc.whatif.EarningsCurveRequest;
import dev.hearth.domain.uc.whatif.WhatIfRules;

import java.util.List;
import java.util.Objects;

/**
 * The stateless calculation routes: Universal Credit estimate, its earnings curve (JSON, or an SVG chart drawn by
 * {@link EarningsCurveChart} for {@code Accept: image/svg+xml}, ADR 0029) and changes-of-circumstances comparison, debt
 * plan, rent risk. Each takes the engine's input
 * record as its JSON body and answers with the engine's result, explanation included (ADR 0014: the engines' records
 * are the v1 wire contract, so the HTTP API, the CLI and embedding JVM services see one shape). Nothing is stored.
 */
public final class CalculationRoutes implements RouteModule {

    private static final String ESTIMATE_NOTE = " The answer is an estimate: it carries every step with its legal "
            + "reference and every assumption (user-supplied, defaulted, inferred or unconfirmed), so a client can show "
            + "estimate wording and an auditor can follow each number. All money is integer pence.";

    /** The media type of the earnings curve's chart. */
    public static final String SVG = "image/svg+xml";

    private final EstimateUniversalCreditUseCase estimateUniversalCredit;
    private final DrawEarningsCurveUseCase drawEarningsCurve;
    private final CompareCircumstancesUseCase compareCircumstances;
    private final PlanDebtRepaymentsUseCase planDebtRepayments;
    private final AssessRentRiskUseCase assessRentRisk;

    public CalculationRoutes(EstimateUniversalCreditUseCase estimateUniversalCredit,
                             DrawEarningsCurveUseCase drawEarningsCurve,
                             CompareCircumstancesUseCase compareCircumstances,
                             PlanDebtRepaymentsUseCase planDebtRepayments,
                             AssessRentRiskUseCase assessRentRisk) {
        this.estimateUniversalCredit = Objects.requireNonNull(estimateUniversalCredit, "estimateUniversalCredit");
        this.drawEarningsCurve = Objects.requireNonNull(drawEarningsCurve, "drawEarningsCurve");
        this.compareCircumstances = Objects.requireNonNull(compareCircumstances, "compareCircumstances");
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
                RouteDefinition.post("/v1/estimates/universal-credit/earnings-curve")
                        .operationId("drawUniversalCreditEarningsCurve")
                        .summary("Universal Credit and net income as one adult's earnings rise")
                        .description("Answers \"am I better off working more?\": for each point of a range of one "
                                + "adult's net earnings (a step, or a number of points; at most "
                                + WhatIfRules.MAX_CURVE_POINTS + " points, more answers 422 validation_failed with "
                                + "too_many_points) the award, earnings kept, net income (earnings + award + the "
                                + "other income given) and the marginal deduction rate since the previous point with "
                                + "what set it (the taper alone, or the work allowance, benefit cap, entitlement or "
                                + "maximum amount), plus each threshold crossed (work allowance, end of entitlement, "
                                + "benefit cap, cap earnings exception) to the penny. Points share one explanation and "
                                + "list only what changes; expandPoint adds one point's full estimate. Ask with "
                                + "Accept: image/svg+xml for the same curve as an accessible SVG chart (title, "
                                + "description in words, thresholds marked) drawn by the server." + ESTIMATE_NOTE)
                        .tags("estimates")
                        .security(RouteSecurity.none())
                        .requestBody(EarningsCurveRequest.class,
                                "The household, the adult whose earnings vary, the range and the step or points")
                        .errors(ErrorCode.RATES_NOT_AVAILABLE)
                        .alsoAnswersAs(SVG, EarningsCurve.class, EarningsCurveChart::svg, "The curve as an SVG "
                                + "chart: net income and the award against earnings, thresholds marked; role img with "
                                + "a title and a description in words")
                        .handle(EarningsCurve.class, request -> drawEarningsCurve.draw(
                                new DrawEarningsCurveQuery(request.body()))),
                RouteDefinition.post("/v1/estimates/universal-credit/comparison")
                        .operationId("compareUniversalCreditCircumstances")
                        .summary("What a change of circumstances does to Universal Credit, and from when")
                        .description("The household now and one to " + WhatIfRules.MAX_CHANGES + " changed versions "
                                + "(a partner moves in, a child is born, rent, a non-dependant, capital, a move into "
                                + "London...). For each: the assessment period in which the change takes effect under "
                                + "the Decisions and Appeals Regulations 2013 Sch 1 (para 20: from the first day of the "
                                + "period it happens in; para 21: a change that raises the award reported late counts "
                                + "from the period of the report; para 31: another benefit's change counts from its "
                                + "own period), both versions estimated for that period, and the difference line by "
                                + "line." + ESTIMATE_NOTE)
                        .tags("estimates")
                        .security(RouteSecurity.none())
                        .requestBody(CircumstancesComparisonRequest.class, "The household now and its changed versions")
                        .errors(ErrorCode.RATES_NOT_AVAILABLE)
                        .handle(CircumstancesComparison.class, request -> compareCircumstances.compare(
                                new CompareCircumstancesQuery(request.body()))),
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
