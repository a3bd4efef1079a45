package dev.hearth.bootstrap;

import dev.hearth.application.port.in.access.HouseholdAccessUseCases;
import dev.hearth.application.port.in.audit.ListHouseholdActivityUseCase;
import dev.hearth.application.port.in.audit.VerifyAuditTrailUseCase;
import dev.hearth.application.port.in.auth.AuthUseCases;
import dev.hearth.application.port.in.debt.PlanDebtRepaymentsUseCase;
import dev.hearth.application.port.in.estimate.CompareCircumstancesUseCase;
import dev.hearth.application.port.in.estimate.DrawEarningsCurveUseCase;
import dev.hearth.application.port.in.estimate.EstimateUniversalCreditUseCase;
import dev.hearth.application.port.in.health.CheckReadinessUseCase;
import dev.hearth.application.port.in.household.HouseholdUseCases;
import dev.hearth.application.port.in.rent.AssessRentRiskUseCase;
import dev.hearth.application.service.debt.PlanDebtRepaymentsService;
import dev.hearth.application.service.estimate.CompareCircumstancesService;
import dev.hearth.application.service.estimate.DrawEarningsCurveService;
import dev.hearth.application.service.estimate.EstimateUniversalCreditService;
import dev.hearth.application.service.rent.AssessRentRiskService;
import java.lang.reflect.Proxy;

/**
 * Every inbound port the driving adapters (HTTP routes, later stream consumers and CLI commands) may call, built once
 * by {@link Hearth}. Each is scoped as its interface's {@code CallScope} declares, once, by {@link ActingAccount};
 * a use case in an existing area is a component of that area's record, constructed where the area is wired.
 *
 * @param checkReadiness          readiness over every dependency
 * @param estimateUniversalCredit the Universal Credit engine (pure, stateless)
 * @param drawEarningsCurve       the UC earnings curve (pure, stateless)
 * @param compareCircumstances    the UC changes-of-circumstances comparison (pure, stateless)
 * @param planDebtRepayments      the debt planner (pure, stateless)
 * @param assessRentRisk          the rent-risk assessor (pure, stateless)
 * @param households              stored households, their debts and saved estimates
 * @param householdActivity       a household's audit events
 * @param verifyAuditTrail        a walk of the whole audit chain
 * @param auth                    accounts and sessions (ADR 0018), API keys (ADR 0020)
 * @param householdAccess         household authorization: the access check, members, notes, crisis overrides,
 *                                export (ADR 0019)
 */
public record UseCases(CheckReadinessUseCase checkReadiness,
                       EstimateUniversalCreditUseCase estimateUniversalCredit,
                       DrawEarningsCurveUseCase drawEarningsCurve,
                       CompareCircumstancesUseCase compareCircumstances,
                       PlanDebtRepaymentsUseCase planDebtRepayments,
                       AssessRentRiskUseCase assessRentRisk,
                       HouseholdUseCases households,
                       ListHouseholdActivityUseCase householdActivity,
                       VerifyAuditTrailUseCase verifyAuditTrail,
                       AuthUseCases auth,
                       HouseholdAccessUseCases householdAccess) {

    /** The stateful use cases given, with the pure calculation services (they need no ports). */
    public static UseCases withCalculations(CheckReadinessUseCase checkReadiness, HouseholdUseCases households,
                                            ListHouseholdActivityUseCase householdActivity,
                                            VerifyAuditTrailUseCase verifyAuditTrail, AuthUseCases auth,
                                            HouseholdAccessUseCases householdAccess) {
        return new UseCases(checkReadiness, new EstimateUniversalCreditService(), new DrawEarningsCurveService(),
                new CompareCircumstancesService(), new PlanDebtRepaymentsService(),
                new AssessRentRiskService(), households, householdActivity, verifyAuditTrail, auth, householdAccess);
    }

    /**
     * Use cases that refuse to run, for building the route modules when only their declarations matter (the
     * {@code openapi} command and the committed-document test): no database, no Redis, nothing started. Built from the
     * components' types, so a new use case needs no entry here.
     */
    public static UseCases documentationOnly() {
        return UseCaseTree.build(UseCases.class, (useCase, none) -> refusing(useCase));
    }

    /** A use case whose every call fails with "not wired" (toString aside, so it can be logged). */
    private static <T> T refusing(Class<T> useCase) {
        return useCase.cast(Proxy.newProxyInstance(useCase.getClassLoader(), new Class<?>[] {useCase},
                (proxy, method, args) -> {
                    if (method.getName().equals("toString") && method.getParameterCount() == 0) {
                        return "documentation-only " + useCase.getSimpleName();
                    }
                    throw notWired();
                }));
    }

    private static IllegalStateException notWired() {
        return new IllegalStateException("documentation-only wiring: this use case is not connected");
    }
}
