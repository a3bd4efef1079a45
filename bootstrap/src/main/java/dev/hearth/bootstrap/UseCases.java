package dev.hearth.bootstrap;

import dev.hearth.application.port.in.access.AddAdviserNoteUseCase;
import dev.hearth.application.port.in.access.AddHouseholdMemberUseCase;
import dev.hearth.application.port.in.access.CheckHouseholdAccessUseCase;
import dev.hearth.application.port.in.access.ExportHouseholdUseCase;
import dev.hearth.application.port.in.access.HouseholdAccessUseCases;
import dev.hearth.application.port.in.access.ListAdviserNotesUseCase;
import dev.hearth.application.port.in.access.ListCrisisOverridesUseCase;
import dev.hearth.application.port.in.access.ListHouseholdMembersUseCase;
import dev.hearth.application.port.in.access.OpenCrisisOverrideUseCase;
import dev.hearth.application.port.in.access.RemoveHouseholdMemberUseCase;
import dev.hearth.application.port.in.audit.ListHouseholdActivityUseCase;
import dev.hearth.application.port.in.audit.VerifyAuditTrailUseCase;
import dev.hearth.application.port.in.auth.ApiKeyUseCases;
import dev.hearth.application.port.in.auth.AuthUseCases;
import dev.hearth.application.port.in.auth.CreateApiKeyUseCase;
import dev.hearth.application.port.in.auth.ListApiKeysUseCase;
import dev.hearth.application.port.in.auth.RevokeApiKeyUseCase;
import dev.hearth.application.port.in.auth.RotateApiKeyUseCase;
import dev.hearth.application.port.in.auth.AuthenticateBearerTokenUseCase;
import dev.hearth.application.port.in.auth.GetCurrentAccountUseCase;
import dev.hearth.application.port.in.auth.ListPublishedSigningKeysUseCase;
import dev.hearth.application.port.in.auth.LogInUseCase;
import dev.hearth.application.port.in.auth.LogOutUseCase;
import dev.hearth.application.port.in.auth.RefreshSessionUseCase;
import dev.hearth.application.port.in.auth.RegisterAccountUseCase;
import dev.hearth.application.port.in.auth.RotateSigningKeyUseCase;
import dev.hearth.application.port.in.debt.PlanDebtRepaymentsUseCase;
import dev.hearth.application.port.in.estimate.EstimateUniversalCreditUseCase;
import dev.hearth.application.port.in.health.CheckReadinessUseCase;
import dev.hearth.application.port.in.household.AddDebtUseCase;
import dev.hearth.application.port.in.household.ChangeDebtUseCase;
import dev.hearth.application.port.in.household.ChangeHouseholdUseCase;
import dev.hearth.application.port.in.household.CreateHouseholdUseCase;
import dev.hearth.application.port.in.household.DeleteHouseholdUseCase;
import dev.hearth.application.port.in.household.GetDebtUseCase;
import dev.hearth.application.port.in.household.GetHouseholdUseCase;
import dev.hearth.application.port.in.household.GetSavedEstimateUseCase;
import dev.hearth.application.port.in.household.HouseholdUseCases;
import dev.hearth.application.port.in.household.ListDebtsUseCase;
import dev.hearth.application.port.in.household.ListHouseholdsUseCase;
import dev.hearth.application.port.in.household.ListSavedEstimatesUseCase;
import dev.hearth.application.port.in.household.RemoveDebtUseCase;
import dev.hearth.application.port.in.household.ReplaySavedEstimateUseCase;
import dev.hearth.application.port.in.household.SaveEstimateUseCase;
import dev.hearth.application.port.in.rent.AssessRentRiskUseCase;
import dev.hearth.application.service.debt.PlanDebtRepaymentsService;
import dev.hearth.application.service.estimate.EstimateUniversalCreditService;
import dev.hearth.application.service.rent.AssessRentRiskService;
import java.lang.reflect.Proxy;
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
 * @param households              stored households, their debts and saved estimates
 * @param householdActivity       a household's audit events
 * @param verifyAuditTrail        a walk of the whole audit chain
 * @param auth                    accounts and sessions (ADR 0018), API keys (ADR 0020)
 * @param householdAccess         household authorization: the access check, members, notes, crisis overrides,
 *                                export (ADR 0019)
 */
public record UseCases(CheckReadinessUseCase checkReadiness,
                       EstimateUniversalCreditUseCase estimateUniversalCredit,
                       PlanDebtRepaymentsUseCase planDebtRepayments,
                       AssessRentRiskUseCase assessRentRisk,
                       HouseholdUseCases households,
                       ListHouseholdActivityUseCase householdActivity,
                       VerifyAuditTrailUseCase verifyAuditTrail,
                       AuthUseCases auth,
                       HouseholdAccessUseCases householdAccess) {

    public UseCases {
        Objects.requireNonNull(checkReadiness, "checkReadiness");
        Objects.requireNonNull(estimateUniversalCredit, "estimateUniversalCredit");
        Objects.requireNonNull(planDebtRepayments, "planDebtRepayments");
        Objects.requireNonNull(assessRentRisk, "assessRentRisk");
        Objects.requireNonNull(households, "households");
        Objects.requireNonNull(householdActivity, "householdActivity");
        Objects.requireNonNull(verifyAuditTrail, "verifyAuditTrail");
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(householdAccess, "householdAccess");
    }

    /** The stateful use cases given, with the pure calculation services (they need no ports). */
    public static UseCases withCalculations(CheckReadinessUseCase checkReadiness, HouseholdUseCases households,
                                            ListHouseholdActivityUseCase householdActivity,
                                            VerifyAuditTrailUseCase verifyAuditTrail, AuthUseCases auth,
                                            HouseholdAccessUseCases householdAccess) {
        return new UseCases(checkReadiness, new EstimateUniversalCreditService(), new PlanDebtRepaymentsService(),
                new AssessRentRiskService(), households, householdActivity, verifyAuditTrail, auth, householdAccess);
    }

    /**
     * Use cases that refuse to run, for building the route modules when only their declarations matter (the
     * {@code openapi} command and the committed-document test): no database, no Redis, nothing started.
     */
    public static UseCases documentationOnly() {
        return withCalculations(() -> {
            throw notWired();
        }, new HouseholdUseCases(refusing(CreateHouseholdUseCase.class), refusing(GetHouseholdUseCase.class),
                refusing(ListHouseholdsUseCase.class), refusing(ChangeHouseholdUseCase.class),
                refusing(DeleteHouseholdUseCase.class), refusing(AddDebtUseCase.class),
                refusing(GetDebtUseCase.class), refusing(ListDebtsUseCase.class), refusing(ChangeDebtUseCase.class),
                refusing(RemoveDebtUseCase.class), refusing(SaveEstimateUseCase.class),
                refusing(GetSavedEstimateUseCase.class), refusing(ListSavedEstimatesUseCase.class),
                refusing(ReplaySavedEstimateUseCase.class)),
                refusing(ListHouseholdActivityUseCase.class), refusing(VerifyAuditTrailUseCase.class),
                new AuthUseCases(refusing(RegisterAccountUseCase.class), refusing(LogInUseCase.class),
                        refusing(RefreshSessionUseCase.class), refusing(LogOutUseCase.class),
                        refusing(GetCurrentAccountUseCase.class), refusing(AuthenticateBearerTokenUseCase.class),
                        refusing(RotateSigningKeyUseCase.class), refusing(ListPublishedSigningKeysUseCase.class),
                        new ApiKeyUseCases(refusing(CreateApiKeyUseCase.class), refusing(ListApiKeysUseCase.class),
                                refusing(RotateApiKeyUseCase.class), refusing(RevokeApiKeyUseCase.class))),
                new HouseholdAccessUseCases(refusing(CheckHouseholdAccessUseCase.class),
                        refusing(AddHouseholdMemberUseCase.class), refusing(ListHouseholdMembersUseCase.class),
                        refusing(RemoveHouseholdMemberUseCase.class), refusing(AddAdviserNoteUseCase.class),
                        refusing(ListAdviserNotesUseCase.class), refusing(OpenCrisisOverrideUseCase.class),
                        refusing(ListCrisisOverridesUseCase.class), refusing(ExportHouseholdUseCase.class)));
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
