package dev.hearth.domain.uc;

import dev.hearth.domain.explain.ExplanationText;
import org.junit.jupiter.api.Test;

import static dev.hearth.domain.uc.UcFixtures.d;
import static dev.hearth.domain.uc.UcFixtures.p;
import static org.assertj.core.api.Assertions.assertThat;

/** The worked example of issue 3, as computed by hand in docs/domain-java-api.md. */
class IssueExampleTest {

    @Test
    void the_issue_household_gets_the_award_worked_out_by_hand() {
        UcEstimate estimate = UniversalCredit.estimate(UcFixtures.issueExample());
        System.out.println(ExplanationText.render(estimate.explanation()));
        assertThat(estimate.ratesYear()).isEqualTo("2026-27");
        assertThat(estimate.total(UcElement.STANDARD_ALLOWANCE)).isEqualTo(p("666.97"));
        assertThat(estimate.total(UcElement.CHILD_ELEMENT)).isEqualTo(p("655.82"));
        assertThat(estimate.total(UcElement.DISABLED_CHILD_ADDITION)).isEqualTo(p("164.79"));
        assertThat(estimate.total(UcElement.HOUSING_COSTS_ELEMENT)).isEqualTo(p("853.45"));
        assertThat(estimate.maximumAmountPence()).isEqualTo(p("2341.03"));
        assertThat(estimate.meansTest().workAllowancePence()).isEqualTo(p("427.00"));
        assertThat(estimate.meansTest().earningsReductionPence()).isEqualTo(p("590.15"));
        assertThat(estimate.meansTest().tariffIncomePence()).isEqualTo(p("26.10"));
        assertThat(estimate.awardPence()).isEqualTo(p("1724.78"));
        assertThat(estimate.paymentPence()).isEqualTo(p("1724.78"));
        assertThat(estimate.periodEnd()).isEqualTo(d("2026-06-13"));
        assertThat(estimate.paymentDate()).isEqualTo(d("2026-06-19"));
        assertThat(estimate.benefitCap().exceptions()).contains(BenefitCapException.EARNINGS_AT_THRESHOLD,
                BenefitCapException.CHILD_DISABILITY_BENEFIT);
    }
}
