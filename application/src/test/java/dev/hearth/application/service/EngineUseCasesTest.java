package dev.hearth.application.service;

import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import dev.hearth.application.error.FieldError;
import dev.hearth.application.port.in.debt.PlanDebtRepaymentsQuery;
import dev.hearth.application.port.in.estimate.EstimateUniversalCreditQuery;
import dev.hearth.application.port.in.rent.AssessRentRiskQuery;
import dev.hearth.application.service.debt.PlanDebtRepaymentsService;
import dev.hearth.application.service.estimate.EstimateUniversalCreditService;
import dev.hearth.application.service.rent.AssessRentRiskService;
import dev.hearth.domain.debt.DebtPlanRequest;
import dev.hearth.domain.housing.RentFrequency;
import dev.hearth.domain.housing.Tenure;
import dev.hearth.domain.money.Pence;
import dev.hearth.domain.place.Nation;
import dev.hearth.domain.rent.RentRiskRequest;
import dev.hearth.domain.uc.Claimant;
import dev.hearth.domain.uc.UcEstimate;
import dev.hearth.domain.uc.UcEstimateRequest;
import dev.hearth.domain.uc.UniversalCredit;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

class EngineUseCasesTest {

    private static final LocalDate MAY_2026 = LocalDate.parse("2026-05-14");

    @Test
    void estimating_universal_credit_returns_exactly_what_the_domain_engine_returns() {
        UcEstimateRequest request = UcEstimateRequest.single(MAY_2026, Nation.ENGLAND,
                Claimant.of(LocalDate.parse("1990-01-01"), Pence.of(50_000)));

        UcEstimate estimate = new EstimateUniversalCreditService().estimate(new EstimateUniversalCreditQuery(request));

        assertThat(estimate).isEqualTo(UniversalCredit.estimate(request));
    }

    @Test
    void a_period_with_no_rates_is_refused_as_rates_not_available_naming_the_field() {
        UcEstimateRequest request = UcEstimateRequest.single(LocalDate.parse("2030-05-14"), Nation.ENGLAND,
                Claimant.of(LocalDate.parse("1990-01-01"), Pence.ZERO));

        assertThatThrownBy(() -> new EstimateUniversalCreditService().estimate(new EstimateUniversalCreditQuery(request)))
                .asInstanceOf(type(ApplicationException.class))
                .satisfies(e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.RATES_NOT_AVAILABLE);
                    assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("assessmentPeriodStart");
                });
    }

    @Test
    void invalid_facts_are_refused_with_every_field_error_not_just_the_first() {
        UcEstimateRequest request = UcEstimateRequest.single(MAY_2026, Nation.ENGLAND,
                        Claimant.of(LocalDate.parse("2030-01-01"), Pence.of(-1)))
                .withCapital(Pence.of(-5));

        assertThatThrownBy(() -> new EstimateUniversalCreditService().estimate(new EstimateUniversalCreditQuery(request)))
                .asInstanceOf(type(ApplicationException.class))
                .satisfies(e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                    assertThat(e.fieldErrors()).extracting(FieldError::field)
                            .contains("claimants[0].dateOfBirth", "claimants[0].netEarningsPence", "capitalPence");
                });
    }

    @Test
    void a_missing_body_is_a_validation_failure_on_the_root() {
        assertThatThrownBy(() -> new EstimateUniversalCreditQuery(null))
                .asInstanceOf(type(ApplicationException.class))
                .satisfies(e -> assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("$"));
        assertThatThrownBy(() -> new PlanDebtRepaymentsQuery(null)).isInstanceOf(ApplicationException.class);
        assertThatThrownBy(() -> new AssessRentRiskQuery(null)).isInstanceOf(ApplicationException.class);
    }

    @Test
    void a_debt_plan_with_negative_figures_is_refused_with_field_errors() {
        DebtPlanRequest request = new DebtPlanRequest(MAY_2026, Nation.ENGLAND, List.of(), List.of(), List.of(), null,
                Pence.of(-1));

        assertThatThrownBy(() -> new PlanDebtRepaymentsService().plan(new PlanDebtRepaymentsQuery(request)))
                .asInstanceOf(type(ApplicationException.class))
                .satisfies(e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                    assertThat(e.fieldErrors()).extracting(FieldError::field).contains("tokenPaymentPence");
                });
    }

    @Test
    void a_rent_assessment_without_a_rent_frequency_is_refused_naming_the_field() {
        RentRiskRequest request = new RentRiskRequest(MAY_2026, Nation.ENGLAND, Tenure.PRIVATE, null,
                Pence.of(95_000), null, LocalDate.parse("2026-06-01"), Pence.ZERO, false, null, null, null, null, null,
                false);

        assertThatThrownBy(() -> new AssessRentRiskService().assess(new AssessRentRiskQuery(request)))
                .asInstanceOf(type(ApplicationException.class))
                .satisfies(e -> assertThat(e.fieldErrors()).extracting(FieldError::field).contains("rentFrequency"));
    }

    @Test
    void a_valid_rent_assessment_comes_back_with_its_explanation() {
        RentRiskRequest request = new RentRiskRequest(MAY_2026, Nation.ENGLAND, Tenure.PRIVATE, null,
                Pence.of(95_000), RentFrequency.MONTHLY, LocalDate.parse("2026-06-01"), Pence.ZERO, false, null, null,
                null, null, null, false);

        assertThat(new AssessRentRiskService().assess(new AssessRentRiskQuery(request)).explanation().steps())
                .isNotEmpty();
    }
}
