package dev.hearth.domain.rent;

import dev.hearth.domain.explain.Prose;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.hearth.domain.rent.RentFixtures.d;
import static org.assertj.core.api.Assertions.assertThat;

/** Figures are stated in explanations as the text has always stated them, whatever the JVM's locale. */
class RentRiskTextTest {

    @Test
    void dates_in_notes_read_as_prose() {
        assertThat(Prose.longDate(d("2026-05-01"))).isEqualTo("1 May 2026");
        assertThat(Prose.longDate(d("2026-07-31"))).isEqualTo("31 July 2026");
    }

    @Test
    void rates_read_as_whole_percentages() {
        assertThat(Prose.percent(new BigDecimal("0.10"))).isEqualTo("10%");
        assertThat(Prose.percent(new BigDecimal("0.20"))).isEqualTo("20%");
        assertThat(Prose.percent(new BigDecimal("0.125"))).isEqualTo("12.5%");
    }

    @Test
    void one_months_rent_is_written_in_words_and_more_in_figures() {
        assertThat(RentRiskText.monthsRent(1)).isEqualTo("one month's rent");
        assertThat(RentRiskText.monthsRent(2)).isEqualTo("2 months' rent");
    }

    @Test
    void the_old_notice_saving_is_stated_from_its_figures() {
        // mackenziesmith.co.uk [S]: notices under the old rules need proceedings by the earlier of 12 months from
        // service and 31 July 2026.
        assertThat(Ground8Transition.RRA_2025.note()).isEqualTo("A notice served before 1 May 2026 under the old "
                + "rules must be followed by proceedings by the earlier of 12 months from service and 31 July 2026 "
                + "(mackenziesmith.co.uk [S]).");
    }
}
