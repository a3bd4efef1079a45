package dev.hearth.domain.uc.whatif;

import dev.hearth.domain.money.Pence;
import dev.hearth.domain.uc.Childcare;
import dev.hearth.domain.uc.Claimant;
import dev.hearth.domain.uc.OtherIncome;
import dev.hearth.domain.uc.OtherIncomeType;
import dev.hearth.domain.uc.UcEstimateRequest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties every earnings curve has, checked on households drawn by a seeded generator (no jqwik: see
 * conventions.md): net income never falls as earnings rise; and between two points the deduction rate is the taper
 * (to within reg 6(1) rounding: a penny over the gap) unless the point names the work allowance, the benefit cap,
 * entitlement or the maximum amount as a cause.
 */
class EarningsCurvePropertyTest {

    private static final int HOUSEHOLDS = 150;

    @Test
    void net_income_never_falls_as_earnings_rise() {
        Random random = new Random(20261208L);
        for (int h = 0; h < HOUSEHOLDS; h++) {
            EarningsCurve curve = EarningsCurves.draw(randomCurve(random));
            for (int i = 1; i < curve.points().size(); i++) {
                assertThat(curve.points().get(i).netIncomePence())
                        .as("household %d, point %d", h, i)
                        .isGreaterThanOrEqualTo(curve.points().get(i - 1).netIncomePence());
            }
        }
    }

    @Test
    void between_points_the_rate_is_the_taper_unless_the_point_names_what_else_is_at_work() {
        Random random = new Random(20261209L);
        int taperSegments = 0;
        for (int h = 0; h < HOUSEHOLDS; h++) {
            EarningsCurve curve = EarningsCurves.draw(randomCurve(random));
            for (int i = 1; i < curve.points().size(); i++) {
                CurvePoint low = curve.points().get(i - 1);
                CurvePoint high = curve.points().get(i);
                long extraEarnings = high.earningsPence().value() - low.earningsPence().value();
                long lostAward = low.awardPence().value() - high.awardPence().value();
                if (high.rateCauses().equals(List.of(RateCause.TAPER))) {
                    taperSegments++;
                    // 55% of the extra earnings, within a penny of reg 6(1) rounding at each end
                    assertThat(Math.abs(lostAward * 100 - 55 * extraEarnings)).as("household %d, point %d", h, i)
                            .isLessThanOrEqualTo(100);
                    assertThat(high.changes()).isEmpty();
                } else {
                    assertThat(high.rateCauses()).doesNotContain(RateCause.TAPER);
                }
            }
        }
        assertThat(taperSegments).as("the generator reaches the taper").isGreaterThan(1000);
    }

    @Test
    void a_threshold_always_lies_between_its_points_and_the_point_after_it_lists_it() {
        Random random = new Random(20261210L);
        for (int h = 0; h < HOUSEHOLDS; h++) {
            EarningsCurve curve = EarningsCurves.draw(randomCurve(random));
            for (CurveThreshold threshold : curve.thresholds()) {
                CurvePoint before = curve.points().get(threshold.afterPoint());
                CurvePoint after = curve.points().get(threshold.afterPoint() + 1);
                assertThat(threshold.earningsPence()).isGreaterThan(before.earningsPence())
                        .isLessThanOrEqualTo(after.earningsPence());
                assertThat(after.changes()).contains(threshold.event());
            }
        }
    }

    private static EarningsCurveRequest randomCurve(Random random) {
        UcEstimateRequest household = switch (random.nextInt(3)) {
            case 0 -> WhatIfFixtures.singleAdult();
            case 1 -> WhatIfFixtures.singleParentRenting();
            default -> WhatIfFixtures.cappedLondonFamily();
        };
        household = household.withChildren(WhatIfFixtures.children(random.nextInt(5)));
        if (random.nextBoolean()) {
            household = household.withHousing(WhatIfFixtures.socialRent(Integer.toString(200 + random.nextInt(1800)), 3));
        }
        household = household.withLivesInGreaterLondon(random.nextBoolean());
        if (random.nextInt(3) == 0) {
            household = household.withClaimants(List.of(household.claimants().get(0),
                    Claimant.of(LocalDate.of(1990, 6, 1), Pence.of(random.nextInt(150_000)))));
        }
        if (random.nextInt(3) == 0) {
            household = household.withOtherIncome(List.of(new OtherIncome(OtherIncomeType.CHILD_BENEFIT,
                    Pence.of(random.nextInt(40_000)))));
        }
        if (random.nextInt(4) == 0 && !household.children().isEmpty()) {
            household = household.withChildcare(new Childcare(Pence.of(random.nextInt(100_000)), household.children().size()));
        }
        household = household.withCapital(Pence.of(random.nextInt(3) == 0 ? random.nextInt(1_700_000) : 0));
        int adult = household.claimants().size() == 2 ? random.nextInt(2) : 0;
        long to = 100_000 + random.nextInt(400_000);
        long step = 500 + random.nextInt(10_000);
        return new EarningsCurveRequest(household, adult, Pence.ZERO, Pence.of(to), Pence.of(step), null, null);
    }
}
