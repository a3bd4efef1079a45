package dev.hearth.bootstrap;

import dev.hearth.application.port.in.debt.PlanDebtRepaymentsUseCase;
import dev.hearth.application.port.in.estimate.EstimateUniversalCreditUseCase;
import dev.hearth.application.port.in.health.CheckReadinessUseCase;
import dev.hearth.application.port.in.rent.AssessRentRiskUseCase;
import dev.hearth.application.service.debt.PlanDebtRepaymentsService;
import dev.hearth.application.service.estimate.EstimateUniversalCreditService;
import dev.hearth.application.service.rent.AssessRentRiskService;
import java.util.Objects;

/**
 * Every inbound port the driving adapters (HTTP routes, later stream consumers and CLI commands) may call, built once
 * by {@link Hearth}. Add a component when you add a use case, then construct it in {@link Hearth} and give it an
 * entry in {@link #documentationOnly()}.
 *
 * @param checkReadiness          readiness over every dependency
 * @param estimateUniversalCredit the Universal Credit engine (pure, stateless)
 * @param planDebtRepayments      the debt planner (pure, stateless)
 * @param assessRentRisk          the rent-risk assessor (pure, stateless)
 */
public record UseCases(CheckReadinessUseCase checkReadiness,
                       EstimateUniversalCreditUseCase estimateUniversalCredit,
                       PlanDebtRepaymentsUseCase planDebtRepayments,
                       AssessRentRiskUseCase assessRentRisk) {

    public UseCases {
        Objects.requireNonNull(checkReadiness, "checkReadiness");
        Objects.requireNonNull(estimateUniversalCredit, "estimateUniversalCredit");
        Objects.requireNonNull(planDebtRepayments, "planDebtRepayments");
        Objects.requireNonNull(assessRentRisk, "assessRentRisk");
    }

    /** The stateful use cases given, with the pure calculation services (they need no ports). */
    public static UseCases withCalculations(CheckReadinessUseCase checkReadiness) {
        return new UseCases(checkReadiness, new EstimateUniversalCreditService(), new PlanDebtRepaymentsService(),
                new AssessRentRiskService());
    }

    /**
     * Use cases that refuse to run, for building the route modules when only their declarations matter (the
     * {@code openapi} command and the committed-document test): no database, no Redis, nothing started.
     */
    public static UseCases documentationOnly() {
        return withCalculations(() -> {
            throw notWired();
        });
    }

    private static IllegalStateException notWired() {
        return new IllegalStateException("documentation-only wiring: this use case is not connected");
    }
}
