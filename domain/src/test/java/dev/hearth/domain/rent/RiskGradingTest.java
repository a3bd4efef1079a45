package dev.hearth.domain.rent;

import dev.hearth.domain.explain.ExplanationBuilder;
import dev.hearth.domain.money.Pence;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static dev.hearth.domain.rent.RentFixtures.d;
import static dev.hearth.domain.rent.RentFixtures.monthly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Hearth's risk grading on its own, at the edge of each figure in {@link RentRiskThresholds} (UC gap 7 days, critical
 * window 31 days, timeline 3 months). These are Hearth's own product choices [D], stated in docs/rules/rent-risk.md.
 */
class RiskGradingTest {

    private static final RentCase CASE = RentCase.of(monthly("2026-06-01", "700", "2026-06-01").build(),
            RentRiskThresholds.CURRENT);
    private static final ManagedPayment NOT_AT_LEVEL = new ManagedPayment(false, "", Pence.ZERO, false, null, null,
            "");
    private static final PossessionThreshold NOT_REACHED = projected(ThresholdStatus.NOT_REACHED_WITHIN_HORIZON, null);

    private static PossessionThreshold projected(ThresholdStatus status, LocalDate date) {
        return new PossessionThreshold(status, date, "", "", "at least 3 months' rent unpaid", null, null, null, null,
                null, "", "");
    }

    private static List<RiskReason> grade(Integer gap, PossessionThreshold threshold) {
        return RiskGrading.reasons(CASE, Pence.ZERO, gap, NOT_AT_LEVEL, threshold, new ExplanationBuilder("test"));
    }

    @Test
    void rent_due_7_days_before_the_uc_payment_raises_to_medium_and_6_days_does_not() {
        assertThat(grade(7, NOT_REACHED)).extracting(RiskReason::ruleId, RiskReason::raisesTo)
                .containsExactly(tuple("rent.risk.uc_gap", RiskLevel.MEDIUM));
        assertThat(grade(6, NOT_REACHED)).isEmpty();
    }

    @Test
    void a_threshold_projected_31_days_ahead_is_critical_and_32_days_ahead_is_high() {
        // hand calculation: 2026-06-01 + 31 days = 2026-07-02; + 32 days = 2026-07-03 (within the 3-month timeline).
        assertThat(grade(null, projected(ThresholdStatus.PROJECTED, d("2026-07-02"))))
                .extracting(RiskReason::raisesTo).containsExactly(RiskLevel.CRITICAL);
        assertThat(grade(null, projected(ThresholdStatus.PROJECTED, d("2026-07-03"))))
                .extracting(RiskReason::ruleId).containsExactly("rent.risk.threshold_within_timeline");
    }

    @Test
    void a_threshold_projected_beyond_the_timeline_raises_nothing() {
        // timeline ends 2026-09-01 (3 months after 2026-06-01).
        assertThat(grade(null, projected(ThresholdStatus.PROJECTED, d("2026-09-01")))).isEmpty();
    }

    @Test
    void the_level_is_the_highest_any_reason_raised_and_low_when_none() {
        ExplanationBuilder explanation = new ExplanationBuilder("test");
        List<RiskReason> reasons = List.of(new RiskReason("rent.risk.arrears", RiskLevel.MEDIUM, "a"),
                new RiskReason("rent.risk.threshold_imminent", RiskLevel.CRITICAL, "b"));

        assertThat(RiskGrading.level(reasons, explanation)).isEqualTo(RiskLevel.CRITICAL);
        assertThat(RiskGrading.level(List.of(), explanation)).isEqualTo(RiskLevel.LOW);
    }
}
