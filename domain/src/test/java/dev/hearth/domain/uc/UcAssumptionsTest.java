package dev.hearth.domain.uc;

import dev.hearth.domain.explain.Assumption;
import dev.hearth.domain.explain.AssumptionSource;
import dev.hearth.domain.explain.ExplanationText;
import dev.hearth.domain.housing.RentFrequency;
import dev.hearth.domain.housing.Sex;
import dev.hearth.domain.place.Nation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import static dev.hearth.domain.uc.UcFixtures.MAY_2025;
import static dev.hearth.domain.uc.UcFixtures.MAY_2026;
import static dev.hearth.domain.uc.UcFixtures.aged;
import static dev.hearth.domain.uc.UcFixtures.d;
import static dev.hearth.domain.uc.UcFixtures.p;
import static dev.hearth.domain.uc.UcFixtures.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** Each uncertain point the engine relies on is in the result's assumptions, marked with where it comes from. */
class UcAssumptionsTest {

    private static List<Assumption> assumptions(UcEstimateRequest request) {
        return UniversalCredit.estimate(request).explanation().assumptions();
    }

    @Test
    void a_nil_housing_element_gives_the_higher_work_allowance_and_says_that_is_unconfirmed() {
        // social rent £90 a month; a non-dependant aged 30 contributes £96.55, so the element is nil (Sch 4 para 14(3))
        UcEstimateRequest request = single(MAY_2026, 30, "800.00")
                .withChildren(List.of(Child.of(d("2020-01-01"), Sex.MALE)))
                .withHousing(UcFixtures.socialRent("90.00", RentFrequency.MONTHLY, 3))
                .withNonDependants(List.of(UcFixtures.nonDependant(d("1996-01-01"))));
        UcEstimate estimate = UniversalCredit.estimate(request);
        assertThat(estimate.housing().isNil()).isTrue();
        assertThat(estimate.meansTest().workAllowancePence()).isEqualTo(p("710.00"));
        // hand: (800 - 710) x 0.55 = 49.50; 424.90 + 303.94 = 728.84 - 49.50 = 679.34
        assertThat(estimate.awardPence()).isEqualTo(p("679.34"));
        assertThat(estimate.explanation().assumptions()).extracting(Assumption::id, Assumption::source)
                .contains(tuple("uc.work_allowance.nil_housing", AssumptionSource.UNCONFIRMED_RULE));
    }

    @Test
    void an_lcwra_group_not_given_is_a_defaulted_assumption_from_2026_only() {
        Claimant lcwra = aged(30, MAY_2026, "0").withWorkCapability(WorkCapability.LCWRA, null);
        assertThat(assumptions(UcEstimateRequest.single(MAY_2026, Nation.ENGLAND, lcwra)))
                .extracting(Assumption::id, Assumption::source).contains(tuple("uc.lcwra_rate_defaulted", AssumptionSource.DEFAULTED));
        Claimant lcwra2025 = aged(30, MAY_2025, "0").withWorkCapability(WorkCapability.LCWRA, null);
        assertThat(assumptions(UcEstimateRequest.single(MAY_2025, Nation.ENGLAND, lcwra2025)))
                .extracting(Assumption::id).doesNotContain("uc.lcwra_rate_defaulted");
    }

    @Test
    void a_period_starting_6_to_12_april_2026_flags_the_derived_switch_date() {
        assertThat(assumptions(single(d("2026-04-10"), 30, "0"))).extracting(Assumption::id, Assumption::source)
                .contains(tuple("uc.rates.switch_2026_derived", AssumptionSource.UNCONFIRMED_RULE));
        assertThat(assumptions(single(d("2026-04-13"), 30, "0"))).extracting(Assumption::id)
                .doesNotContain("uc.rates.switch_2026_derived");
    }

    @Test
    void turning_25_during_the_period_is_an_inferred_assumption() {
        assertThat(assumptions(UcEstimateRequest.single(MAY_2026, Nation.ENGLAND, Claimant.of(d("2001-06-01"), p("0")))))
                .extracting(Assumption::id, Assumption::source)
                .contains(tuple("uc.standard_allowance.turns_25_in_period", AssumptionSource.INFERRED));
    }

    @Test
    void deductions_carry_the_unconfirmed_order_and_cap_policy() {
        assertThat(assumptions(single(MAY_2026, 30, "0").withDeductions(List.of(
                new DeductionRequest(DeductionType.ADVANCE_REPAYMENT, p("10.00"))))))
                .extracting(Assumption::id, Assumption::source)
                .contains(tuple("uc.deductions.order_and_cap_policy", AssumptionSource.UNCONFIRMED_RULE));
    }

    @Test
    void every_estimate_says_its_facts_are_user_supplied_and_what_is_not_modelled() {
        assertThat(assumptions(single(MAY_2025, 30, "0"))).extracting(Assumption::id, Assumption::source)
                .contains(tuple("uc.facts_as_given", AssumptionSource.USER_SUPPLIED),
                        tuple("uc.not_modelled", AssumptionSource.DEFAULTED));
    }

    @Test
    void the_same_request_gives_an_equal_estimate_whatever_the_default_locale_and_time_zone() {
        UcEstimate first = UniversalCredit.estimate(UcFixtures.issueExample());
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            UcEstimate second = UniversalCredit.estimate(UcFixtures.issueExample());
            assertThat(second).isEqualTo(first);
            assertThat(ExplanationText.render(second.explanation())).isEqualTo(ExplanationText.render(first.explanation()));
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }
}
