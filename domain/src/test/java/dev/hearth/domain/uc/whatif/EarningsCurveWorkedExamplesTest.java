package dev.hearth.domain.uc.whatif;

import dev.hearth.domain.explain.RulesCatalogues;
import dev.hearth.domain.money.Pence;
import dev.hearth.domain.uc.UniversalCredit;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static dev.hearth.domain.uc.whatif.WhatIfFixtures.curve;
import static dev.hearth.domain.uc.whatif.WhatIfFixtures.p;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Worked examples of the earnings curve, each threshold checked by hand from the engine's 2026-27 figures (rates table
 * in docs/rules/universal-credit.md): work allowance £427 with housing (UC Regs reg 22(2); SI 2026/148), taper 55%
 * (reg 22(1)(b)), benefit cap £25,323 a year in London for a household with a child (reg 80A), earnings threshold
 * 16 x £12.71 x 52 / 12 = £881.22, rounded down to £881 (reg 82(1)(a), (4); reg 6(1A)(za)).
 */
class EarningsCurveWorkedExamplesTest {

    /**
     * WC-01. Maximum amount £424.90 standard allowance + £303.94 child element + £500.00 housing = £1,228.84. The
     * taper starts at the first penny above £427 (£427.01) and uses the award up where 55% of the excess, rounded
     * half-up, reaches £1,228.84: excess £2,234.25 gives 122,883.75p, rounded to 122,884p, so at £2,661.25.
     */
    @Test
    void work_allowance_ends_and_the_taper_runs_out_where_the_hand_worked_figures_say() {
        EarningsCurve curve = EarningsCurves.draw(curve(WhatIfFixtures.singleParentRenting(), "0", "3000", "100"));

        assertThat(curve.points()).hasSize(31);
        assertThat(curve.points().get(0).awardPence()).isEqualTo(p("1228.84"));
        assertThat(curve.thresholds()).extracting(CurveThreshold::event, CurveThreshold::earningsPence)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(CurveEvent.WORK_ALLOWANCE_ENDS, p("427.01")),
                        org.assertj.core.groups.Tuple.tuple(CurveEvent.ENTITLEMENT_ENDS, p("2661.25")));
        assertThat(UniversalCredit.estimate(EarningsCurves.withEarnings(WhatIfFixtures.singleParentRenting(), 0,
                p("2661.24"))).awardPence()).isEqualTo(Pence.of(1));
    }

    /** WC-02. Below the work allowance every pound is kept; above it 55p in the pound goes. */
    @Test
    void the_rate_is_nil_within_the_work_allowance_and_the_taper_above_it() {
        EarningsCurve curve = EarningsCurves.draw(curve(WhatIfFixtures.singleParentRenting(), "0", "2000", "100"));

        CurvePoint withinAllowance = curve.points().get(3); // £200 -> £300
        assertThat(withinAllowance.marginalDeductionRatePercent()).isEqualByComparingTo("0");
        assertThat(withinAllowance.rateCauses()).containsExactly(RateCause.WORK_ALLOWANCE);
        CurvePoint crossing = curve.points().get(5); // £400 -> £500 crosses £427
        assertThat(crossing.rateCauses()).containsExactly(RateCause.WORK_ALLOWANCE);
        assertThat(crossing.changes()).containsExactly(CurveEvent.WORK_ALLOWANCE_ENDS);
        assertThat(crossing.marginalDeductionRatePercent()).isEqualByComparingTo("40.15"); // 55% of £73
        CurvePoint tapered = curve.points().get(10);
        assertThat(tapered.marginalDeductionRatePercent()).isEqualByComparingTo("55.00");
        assertThat(tapered.rateCauses()).containsExactly(RateCause.TAPER);
        assertThat(tapered.earningsKeptPence()).isEqualTo(p("684.85")); // £1,000 less 55% of £573
    }

    /**
     * WC-03. London family of four: maximum £424.90 + 3 x £303.94 + £1,400.00 = £2,736.72, above the monthly cap
     * £2,110.25 (25,323 / 12), so the award is capped at £2,110.25; between the work allowance and £881 the award stays
     * there (the cap, not the taper, sets it: rate 0%); at £881.00 the earnings exception lifts the cap and the award
     * jumps to £2,736.72 - 55% of £454 = £2,487.02.
     */
    @Test
    void the_cap_earnings_exception_is_found_at_881_pounds_and_named_as_the_cause() {
        EarningsCurve curve = EarningsCurves.draw(curve(WhatIfFixtures.cappedLondonFamily(), "0", "1500", "50"));

        assertThat(curve.points().get(0).awardPence()).isEqualTo(p("2110.25"));
        assertThat(curve.thresholds()).extracting(CurveThreshold::event)
                .containsExactly(CurveEvent.WORK_ALLOWANCE_ENDS, CurveEvent.CAP_EARNINGS_EXCEPTION);
        assertThat(curve.thresholds().get(1).earningsPence()).isEqualTo(p("881"));
        CurvePoint capped = curve.points().get(12); // £550 -> £600
        assertThat(capped.awardPence()).isEqualTo(p("2110.25"));
        assertThat(capped.rateCauses()).containsExactly(RateCause.BENEFIT_CAP);
        assertThat(capped.marginalDeductionRatePercent()).isEqualByComparingTo("0");
        CurvePoint lifted = curve.points().get(18); // £850 -> £900
        assertThat(lifted.changes()).containsExactly(CurveEvent.CAP_EARNINGS_EXCEPTION);
        assertThat(lifted.rateCauses()).containsExactly(RateCause.BENEFIT_CAP);
        assertThat(lifted.marginalDeductionRatePercent()).isNegative();
        assertThat(UniversalCredit.estimate(EarningsCurves.withEarnings(WhatIfFixtures.cappedLondonFamily(), 0,
                p("881"))).awardPence()).isEqualTo(p("2487.02"));
    }

    /** WC-04. A single adult with no child or LCW has no work allowance: the taper applies from the first penny. */
    @Test
    void without_a_work_allowance_the_taper_starts_at_once() {
        EarningsCurve curve = EarningsCurves.draw(curve(WhatIfFixtures.singleAdult(), "0", "1000", "100"));

        assertThat(curve.points().get(1).rateCauses()).containsExactly(RateCause.TAPER);
        assertThat(curve.thresholds()).extracting(CurveThreshold::event).containsExactly(CurveEvent.ENTITLEMENT_ENDS);
        // £424.90 standard allowance: nil once 55% of earnings, rounded, reaches 42,490p: 77,254p gives 42,489.7
        assertThat(curve.thresholds().get(0).earningsPence()).isEqualTo(p("772.54"));
    }

    @Test
    void points_share_one_explanation_and_carry_only_what_changes() {
        EarningsCurve curve = EarningsCurves.draw(new EarningsCurveRequest(WhatIfFixtures.singleParentRenting(), 0,
                p("0"), p("3000"), null, 7, 3));

        assertThat(curve.points()).extracting(CurvePoint::earningsPence)
                .containsExactly(p("0"), p("500"), p("1000"), p("1500"), p("2000"), p("2500"), p("3000"));
        assertThat(curve.explanation().ruleIds()).startsWith("uc.whatif.curve.points")
                .contains("uc.standard_allowance", "uc.whatif.curve.net_income", "uc.whatif.curve.marginal_rate",
                        "uc.whatif.curve.threshold");
        assertThat(curve.explanation().assumptions()).extracting(a -> a.id()).contains("uc.earnings_net");
        assertThat(curve.expanded()).isEqualTo(UniversalCredit.estimate(EarningsCurves.withEarnings(
                WhatIfFixtures.singleParentRenting(), 0, p("1500"))));
    }

    @Test
    void a_range_not_divisible_by_the_step_still_ends_on_the_last_amount() {
        EarningsCurve curve = EarningsCurves.draw(curve(WhatIfFixtures.singleAdult(), "0", "250", "100"));
        assertThat(curve.points()).extracting(CurvePoint::earningsPence)
                .containsExactly(p("0"), p("100"), p("200"), p("250"));
    }

    @Test
    void the_what_if_catalogue_lists_exactly_the_declared_rules() throws IOException {
        RulesCatalogues.assertListsExactly("uc-what-if.md", "uc", WhatIfRules.all());
    }
}
