package dev.hearth.domain.rates;

import dev.hearth.domain.money.Pence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The versioned rates and the rule that picks the rates year for an assessment period. */
class UcRatesScheduleTest {

    /** SSAA 1992 s.150(10)(a)(i), (10ZB): the Monday of the week beginning with the first Monday in the tax year. */
    private static LocalDate firstMondayOfTaxYear(int year) {
        return LocalDate.of(year, 4, 6).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    }

    @Test
    void each_year_starts_on_the_first_monday_of_its_tax_year() {
        assertThat(UcRatesSchedule.years()).extracting(UcRates::firstPeriodStart)
                .containsExactly(firstMondayOfTaxYear(2025), firstMondayOfTaxYear(2026));
        assertThat(firstMondayOfTaxYear(2025)).isEqualTo(LocalDate.of(2025, 4, 7));
        assertThat(firstMondayOfTaxYear(2026)).isEqualTo(LocalDate.of(2026, 4, 6));
    }

    @Test
    void years_are_contiguous_and_do_not_overlap() {
        List<UcRates> years = UcRatesSchedule.years();
        for (int i = 1; i < years.size(); i++) {
            assertThat(years.get(i).firstPeriodStart()).isEqualTo(years.get(i - 1).lastPeriodStart().plusDays(1));
        }
    }

    @ParameterizedTest(name = "period starting {0} -> {1}")
    @CsvSource({
            "2025-04-06, none",      // before the 2025-26 up-rating day: 2024-25 rates are not held
            "2025-04-07, 2025-26",
            "2026-04-05, 2025-26",
            "2026-04-06, 2026-27",   // statute: 6 April 2026, not the 13 April press date
            "2026-04-13, 2026-27",
            "2027-03-31, 2026-27",
            "2027-04-01, none"})     // the 2027-28 up-rating day is not fixed: no silent fallback
    void the_rates_year_is_chosen_by_the_period_start(LocalDate start, String expected) {
        assertThat(UcRatesSchedule.forPeriodStarting(start).map(UcRates::taxYear).orElse("none")).isEqualTo(expected);
    }

    @Test
    void every_figure_has_a_source() {
        for (UcRates year : UcRatesSchedule.years()) {
            for (RecordComponent component : UcRates.class.getRecordComponents()) {
                if (component.getType() != Sourced.class) {
                    continue;
                }
                Object value = invoke(component, year);
                if (value == null) {
                    assertThat(component.getName()).as(year.taxYear()).isEqualTo("lcwraNewClaimElement");
                    assertThat(year.taxYear()).isEqualTo("2025-26");
                    continue;
                }
                assertThat(((Sourced<?>) value).source()).as(year.taxYear() + " " + component.getName()).isNotBlank();
            }
        }
    }

    @Test
    void the_lcwra_split_exists_only_from_2026_27() {
        assertThat(UcRatesSchedule.forPeriodStarting(LocalDate.of(2025, 5, 1)).orElseThrow().hasLcwraNewClaimRate()).isFalse();
        UcRates y2026 = UcRatesSchedule.forPeriodStarting(LocalDate.of(2026, 5, 1)).orElseThrow();
        assertThat(y2026.lcwraElement().value()).isEqualTo(Pence.ofPounds("429.80"));
        assertThat(y2026.lcwraNewClaimElement().value()).isEqualTo(Pence.ofPounds("217.26"));
    }

    @Test
    void the_2026_27_amounts_are_the_2025_26_amounts_uprated_by_cpi_3_8_percent_where_the_law_says_cpi() {
        // Cross-check (uk-rules 1.1, [D]): elements up-rated by September 2025 CPI of 3.8%, rounded to the penny.
        UcRates a = UcRatesSchedule.years().get(0);
        UcRates b = UcRatesSchedule.years().get(1);
        assertUprated(a.childElement(), b.childElement());
        assertUprated(a.disabledChildLowerRate(), b.disabledChildLowerRate());
        assertUprated(a.disabledChildHigherRate(), b.disabledChildHigherRate());
        assertUprated(a.carerElement(), b.carerElement());
        assertUprated(a.childcareMaximumOneChild(), b.childcareMaximumOneChild());
        assertUprated(a.childcareMaximumTwoOrMoreChildren(), b.childcareMaximumTwoOrMoreChildren());
        assertUprated(a.nonDependantContribution(), b.nonDependantContribution());
        // standard allowance: CPI 3.8% then the 2.3% uplift of the Universal Credit Act 2025 s.1 (400.14 -> 424.90)
        BigDecimal sa = new BigDecimal("400.14").multiply(new BigDecimal("1.038")).multiply(new BigDecimal("1.023"));
        assertThat(sa.setScale(2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("424.90");
    }

    private static void assertUprated(Sourced<Pence> before, Sourced<Pence> after) {
        BigDecimal expected = before.value().toPounds().multiply(new BigDecimal("1.038")).setScale(2, java.math.RoundingMode.HALF_UP);
        assertThat(after.value().toPounds()).as(before.source()).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "NLW on {0} = {1}")
    @CsvSource({"2025-04-07, 12.21", "2026-03-31, 12.21", "2026-04-01, 12.71", "2027-03-31, 12.71"})
    void the_national_living_wage_is_dated_data(LocalDate on, BigDecimal expected) {
        assertThat(UcRatesSchedule.NATIONAL_LIVING_WAGE.at(on).orElseThrow().value()).isEqualByComparingTo(expected);
    }

    @Test
    void the_national_living_wage_has_no_value_outside_the_years_held() {
        assertThat(UcRatesSchedule.NATIONAL_LIVING_WAGE.at(LocalDate.of(2025, 3, 31))).isEmpty();
        assertThat(UcRatesSchedule.NATIONAL_LIVING_WAGE.at(LocalDate.of(2027, 4, 1))).isEmpty();
    }

    @ParameterizedTest(name = "deductions cap on {0} = {1}")
    @CsvSource({"2025-04-29, 0.25", "2025-04-30, 0.15", "2026-05-14, 0.15"})
    void the_overall_deductions_cap_changes_on_30_april_2025(LocalDate on, BigDecimal expected) {
        assertThat(UcRatesSchedule.DEDUCTIONS_OVERALL_CAP.at(on).orElseThrow().value()).isEqualByComparingTo(expected);
    }

    private static Object invoke(RecordComponent component, Object target) {
        try {
            return component.getAccessor().invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
