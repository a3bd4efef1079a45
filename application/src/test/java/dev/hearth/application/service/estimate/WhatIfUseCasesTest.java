package dev.hearth.application.service.estimate;

import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import dev.hearth.application.error.FieldError;
import dev.hearth.application.port.in.estimate.CompareCircumstancesQuery;
import dev.hearth.application.port.in.estimate.DrawEarningsCurveQuery;
import dev.hearth.domain.money.Pence;
import dev.hearth.domain.place.Nation;
import dev.hearth.domain.uc.Claimant;
import dev.hearth.domain.uc.UcEstimateRequest;
import dev.hearth.domain.uc.whatif.ChangeKind;
import dev.hearth.domain.uc.whatif.CircumstanceChange;
import dev.hearth.domain.uc.whatif.CircumstanceComparisons;
import dev.hearth.domain.uc.whatif.CircumstancesComparisonRequest;
import dev.hearth.domain.uc.whatif.EarningsCurveRequest;
import dev.hearth.domain.uc.whatif.EarningsCurves;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

class WhatIfUseCasesTest {

    private static final UcEstimateRequest HOUSEHOLD = UcEstimateRequest.single(LocalDate.parse("2026-05-14"),
            Nation.ENGLAND, Claimant.of(LocalDate.parse("1990-01-01"), Pence.ZERO));

    @Test
    void the_curve_is_exactly_what_the_domain_draws() {
        EarningsCurveRequest request = new EarningsCurveRequest(HOUSEHOLD, 0, Pence.ZERO, Pence.of(100_000),
                Pence.of(5_000), null, null);

        assertThat(new DrawEarningsCurveService().draw(new DrawEarningsCurveQuery(request)))
                .isEqualTo(EarningsCurves.draw(request));
    }

    @Test
    void too_many_points_and_an_unknown_adult_are_a_validation_failure_naming_each_field_with_its_code() {
        EarningsCurveRequest request = new EarningsCurveRequest(HOUSEHOLD, 3, Pence.ZERO, Pence.of(100_000),
                Pence.of(1), null, null);

        assertThatThrownBy(() -> new DrawEarningsCurveService().draw(new DrawEarningsCurveQuery(request)))
                .asInstanceOf(type(ApplicationException.class))
                .satisfies(e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                    assertThat(e.fieldErrors()).extracting(FieldError::field, FieldError::code).containsExactly(
                            org.assertj.core.groups.Tuple.tuple("adult", "unknown_adult"),
                            org.assertj.core.groups.Tuple.tuple("stepPence", "too_many_points"));
                });
    }

    @Test
    void a_household_in_a_year_without_rates_is_rates_not_available() {
        EarningsCurveRequest request = new EarningsCurveRequest(
                HOUSEHOLD.withAssessmentPeriodStart(LocalDate.parse("2030-05-14")), 0, Pence.ZERO, Pence.of(100),
                Pence.of(10), null, null);

        assertThatThrownBy(() -> new DrawEarningsCurveService().draw(new DrawEarningsCurveQuery(request)))
                .asInstanceOf(type(ApplicationException.class))
                .satisfies(e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.RATES_NOT_AVAILABLE));
    }

    @Test
    void the_comparison_is_exactly_what_the_domain_compares() {
        CircumstancesComparisonRequest request = new CircumstancesComparisonRequest(HOUSEHOLD, List.of(
                new CircumstanceChange(null, ChangeKind.CAPITAL_CHANGES, LocalDate.parse("2026-06-01"), null, false,
                        HOUSEHOLD.withCapital(Pence.of(1_000_000)))));

        assertThat(new CompareCircumstancesService().compare(new CompareCircumstancesQuery(request)))
                .isEqualTo(CircumstanceComparisons.compare(request));
    }

    @Test
    void missing_bodies_are_refused_on_the_root() {
        assertThatThrownBy(() -> new DrawEarningsCurveQuery(null)).isInstanceOf(ApplicationException.class);
        assertThatThrownBy(() -> new CompareCircumstancesQuery(null)).isInstanceOf(ApplicationException.class);
    }
}
