package dev.hearth.domain.uc.whatif;

import dev.hearth.domain.money.Pence;
import dev.hearth.domain.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

import static dev.hearth.domain.uc.whatif.WhatIfFixtures.p;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

/** Bad curve requests are refused with every violation and a stable code; none reaches the engine's loop. */
class EarningsCurveBadInputTest {

    private static void refused(EarningsCurveRequest request, String... fieldAndCode) {
        assertThatThrownBy(() -> EarningsCurves.draw(request)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations()).extracting(v -> v.field() + " " + v.code())
                        .containsExactly(fieldAndCode));
    }

    @Test
    void a_step_of_nothing_is_refused() {
        refused(new EarningsCurveRequest(WhatIfFixtures.singleAdult(), 0, p("0"), p("100"), Pence.ZERO, null, null),
                "stepPence must_be_positive");
    }

    @Test
    void more_than_2000_points_is_refused_whether_by_step_or_by_count() {
        refused(new EarningsCurveRequest(WhatIfFixtures.singleAdult(), 0, p("0"), p("100000"), Pence.of(1), null, null),
                "stepPence too_many_points");
        refused(new EarningsCurveRequest(WhatIfFixtures.singleAdult(), 0, p("0"), p("100000"), null, 2001, null),
                "points too_many_points");
        refused(new EarningsCurveRequest(WhatIfFixtures.singleAdult(), 0, p("0"), Pence.of(10), null, 12, null),
                "points too_many_points");
    }

    @Test
    void an_adult_the_household_does_not_have_is_refused() {
        refused(new EarningsCurveRequest(WhatIfFixtures.singleAdult(), 1, p("0"), p("100"), p("10"), null, null),
                "adult unknown_adult");
    }

    @Test
    void a_reversed_or_too_large_range_is_refused() {
        refused(new EarningsCurveRequest(WhatIfFixtures.singleAdult(), 0, p("100"), p("50"), p("10"), null, null),
                "toPence below_from");
        refused(new EarningsCurveRequest(WhatIfFixtures.singleAdult(), 0, p("0"), Pence.of(Long.MAX_VALUE), p("10"),
                null, null), "toPence too_large");
    }

    @Test
    void step_and_points_together_or_neither_is_refused() {
        refused(new EarningsCurveRequest(WhatIfFixtures.singleAdult(), 0, p("0"), p("100"), p("10"), 5, null),
                "stepPence step_or_points");
        refused(new EarningsCurveRequest(WhatIfFixtures.singleAdult(), 0, p("0"), p("100"), null, null, null),
                "stepPence step_or_points");
    }

    @Test
    void expanding_a_point_the_curve_does_not_have_is_refused() {
        refused(new EarningsCurveRequest(WhatIfFixtures.singleAdult(), 0, p("0"), p("100"), null, 5, 5),
                "expandPoint no_such_point");
    }

    @Test
    void the_households_own_violations_come_under_household() {
        refused(new EarningsCurveRequest(WhatIfFixtures.singleAdult().withAssessmentPeriodStart(null), 0, p("0"),
                p("100"), p("10"), null, null), "household.assessmentPeriodStart required");
    }

    @Test
    void a_household_without_claimants_is_refused_by_the_engines_own_check() {
        assertThatThrownBy(() -> EarningsCurves.draw(new EarningsCurveRequest(
                WhatIfFixtures.singleAdult().withClaimants(null), 0, p("0"), p("100"), p("10"), null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).allMatch(f -> f.startsWith("household.claimants")));
        assertThatThrownBy(() -> EarningsCurves.draw(new EarningsCurveRequest(
                WhatIfFixtures.singleAdult().withClaimants(java.util.List.of()), 0, p("0"), p("100"), p("10"), null,
                null))).isInstanceOf(InvalidInputException.class);
    }
}
