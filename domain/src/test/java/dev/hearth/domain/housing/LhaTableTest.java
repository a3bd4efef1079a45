package dev.hearth.domain.housing;

import dev.hearth.domain.money.Pence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The small cited LHA table: figures as the sources print them, effective dates, and the recorded discrepancy. */
class LhaTableTest {

    @ParameterizedTest(name = "{0} {1} on {2} = {3}")
    @CsvSource(delimiter = ';', textBlock = """
            Lothian;                    SHARED_ACCOMMODATION; 2024-06-01; 473.72;  eastlothian.gov.uk monthly column
            Lothian;                    ONE_BEDROOM;          2024-06-01; 747.93;  eastlothian.gov.uk monthly column
            Lothian;                    TWO_BEDROOMS;         2024-06-01; 967.33;  eastlothian.gov.uk monthly column
            Lothian;                    THREE_BEDROOMS;       2025-06-01; 1371.24; eastlothian.gov.uk monthly column, carried into 2025/26 by the freeze
            Lothian;                    FOUR_BEDROOMS;        2024-06-01; 2174.03; eastlothian.gov.uk monthly column
            Bolton and Bury;            SHARED_ACCOMMODATION; 2024-04-01; 340.56;  Source A 78.59/wk x 52/12 = 340.5566...
            Bolton and Bury;            ONE_BEDROOM;          2024-04-01; 473.72;  Source A 109.32/wk x 52/12
            Bolton and Bury;            FOUR_BEDROOMS;        2026-03-31; 947.40;  Source A 218.63/wk x 52/12 = 947.3966..., last day of 2025/26
            Central Greater Manchester; ONE_BEDROOM;          2025-01-01; 772.89;  Source A 178.36/wk x 52/12 = 772.8933...
            Central Greater Manchester; FOUR_BEDROOMS;        2025-01-01; 1346.28; Source A 310.68/wk x 52/12
            Bolton and Bury;            ONE_BEDROOM;          2026-04-01; 475.00;  Source B (differs from Source A: recorded discrepancy)
            Central Greater Manchester; TWO_BEDROOMS;         2026-07-01; 875.00;  Source B, also northern-ledger.co.uk
            Central Greater Manchester; THREE_BEDROOMS;       2027-03-31; 950.00;  Source B, last day of 2026/27
            Central London;             FOUR_BEDROOMS;        2026-04-01; 3060.00; Source B = SI 2013/382 Sch 1 para 2(2) maximum
            Birmingham;                 SHARED_ACCOMMODATION; 2026-04-01; 341.58;  Source B
            Bristol;                    TWO_BEDROOMS;         2026-04-01; 1095.00; Source B
            Leeds;                      FOUR_BEDROOMS;        2026-04-01; 1200.00; Source B
            """)
    void holds_the_cited_monthly_rates(String brma, LhaCategory category, LocalDate on, String monthly, String source) {
        assertThat(LhaTable.find(brma, on)).as(source).hasValueSatisfying(
                e -> assertThat(e.monthlyRates().get(category)).isEqualTo(Pence.ofPounds(monthly)));
    }

    @Test
    void every_entry_has_every_category_and_says_it_is_unverified() {
        assertThat(LhaTable.entries()).allSatisfy(e -> {
            assertThat(e.monthlyRates()).containsOnlyKeys(LhaCategory.values());
            assertThat(e.source()).contains("UNVERIFIED");
            assertThat(e.effectiveFrom()).isBefore(e.effectiveTo());
        });
    }

    @Test
    void entries_for_one_brma_never_overlap() {
        for (LhaTable.Entry a : LhaTable.entries()) {
            for (LhaTable.Entry b : LhaTable.entries()) {
                if (a != b && LhaTable.normalise(a.brma()).equals(LhaTable.normalise(b.brma()))) {
                    assertThat(a.effectiveTo().isBefore(b.effectiveFrom()) || b.effectiveTo().isBefore(a.effectiveFrom()))
                            .as(a.brma() + " entries overlap").isTrue();
                }
            }
        }
    }

    @Test
    void names_match_ignoring_case_spacing_and_ampersand() {
        assertThat(LhaTable.knows("CENTRAL  london")).isTrue();
        assertThat(LhaTable.knows("Bolton & Bury")).isTrue();
        assertThat(LhaTable.knows("Atlantis")).isFalse();
    }

    @Test
    void outside_the_effective_dates_there_is_no_entry() {
        assertThat(LhaTable.find("Leeds", LocalDate.of(2026, 3, 31))).isEmpty();
        assertThat(LhaTable.find("Leeds", LocalDate.of(2027, 4, 1))).isEmpty();
        assertThat(LhaTable.find("Lothian", LocalDate.of(2026, 4, 1))).isEmpty();
    }
}
