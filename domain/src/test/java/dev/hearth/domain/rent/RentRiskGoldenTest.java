package dev.hearth.domain.rent;

import dev.hearth.domain.explain.GoldenExplanations;
import dev.hearth.domain.housing.RentFrequency;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** Golden explanations: a change in the assessor's reasoning shows as a diff in these files. */
class RentRiskGoldenTest {

    /**
     * England, private, monthly rent £875 due on the 1st, housing element £700 with payment dates from the assessment
     * periods (timing engine), arrears £1,450, tenant tops up £50 a month, standard allowance £424.90. Assessed on
     * 20 April 2026, so the projection crosses 1 May 2026.
     */
    static RentRiskAssessment englandCrossingCommencement() {
        return RentFixtures.monthly("2026-04-20", "875", "2026-05-01").arrears("1450")
                .ucPeriods("700", "2026-03-28").tenantPays("50").standardAllowance("424.90").assess();
    }

    /** Scotland, private, weekly rent £160, housing element £600 on the 12th, arrears £480. */
    static RentRiskAssessment scotlandWeekly() {
        return new RentFixtures.Builder().assessed("2026-09-07").rent("160", RentFrequency.WEEKLY, "2026-09-07")
                .nation(dev.hearth.domain.place.Nation.SCOTLAND).arrears("480").uc("600", "2026-09-12").assess();
    }

    @Test
    void england_assessment_across_the_renters_rights_act_matches_golden_file() throws IOException {
        RentRiskAssessment a = englandCrossingCommencement();
        assertThat(a.possessionThreshold().regime()).contains("as amended");
        GoldenExplanations.assertMatches("rent-risk/england-across-commencement.txt", a.explanation());
    }

    @Test
    void scotland_weekly_assessment_matches_golden_file() throws IOException {
        RentRiskAssessment a = scotlandWeekly();
        assertThat(a.possessionThreshold().status()).isEqualTo(ThresholdStatus.NO_MANDATORY_GROUND);
        GoldenExplanations.assertMatches("rent-risk/scotland-weekly.txt", a.explanation());
    }

    @Test
    void the_same_request_gives_the_same_assessment() {
        assertThat(englandCrossingCommencement()).isEqualTo(englandCrossingCommencement());
    }
}
