package dev.hearth.domain.timing;

import dev.hearth.domain.validation.InvalidInputException;
import dev.hearth.domain.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Assessment periods under Universal Credit Regulations 2013 reg 21(1) and (2). Each row names its source; "reg 21(2)"
 * rows are hand-worked from the regulation text quoted in {@link AssessmentPeriod}.
 */
class AssessmentPeriodTest {

    @ParameterizedTest(name = "[{index}] first day {0} gives {1} to {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-08 | 2026-03-08 | 2026-04-07 | uk-rules.md 1.6: claim 8 March, assessment period ends 7 April
            2025-06-16 | 2025-06-16 | 2025-07-15 | ucpages.co.uk 'Getting paid': claim 16 June, period ends 15 July
            2026-01-15 | 2026-01-15 | 2026-02-14 | reg 21(1): same day each month
            2025-12-15 | 2025-12-15 | 2026-01-14 | reg 21(1): a period running over the year end
            2026-02-28 | 2026-02-28 | 2026-03-27 | reg 21(1): cycle day 28 is never adjusted
            2026-01-31 | 2026-01-31 | 2026-02-27 | reg 21(2)(a): next period begins on the last day of February (28th)
            2028-01-31 | 2028-01-31 | 2028-02-28 | reg 21(2)(a): leap year, next period begins 29 February 2028
            2026-01-30 | 2026-01-30 | 2026-02-26 | reg 21(2)(b): next period begins on 27 February (not a leap year)
            2026-01-29 | 2026-01-29 | 2026-02-26 | reg 21(2)(b): cycle day 29 also begins on 27 February
            2028-01-29 | 2028-01-29 | 2028-02-27 | reg 21(2)(b): leap year, begins on the 28th although 29 February exists
            2028-01-30 | 2028-01-30 | 2028-02-27 | reg 21(2)(b): leap year, cycle day 30 begins on 28 February
            2026-03-31 | 2026-03-31 | 2026-04-29 | reg 21(2)(a): next period begins 30 April, the last day of April
            2026-03-30 | 2026-03-30 | 2026-04-29 | reg 21(2): cycle day 30 begins on 30 April
            2026-08-31 | 2026-08-31 | 2026-09-29 | reg 21(2)(a): next period begins 30 September
            2025-12-31 | 2025-12-31 | 2026-01-30 | reg 21(2)(a): 31 December to 30 January, over the year end
            """)
    void period_starting_on_a_first_date_of_entitlement_lasts_one_month_under_reg_21(LocalDate first, LocalDate start, LocalDate end,
                                                                      String source) {
        AssessmentPeriod period = AssessmentPeriod.startingOn(first);
        assertThat(period).as(source).isEqualTo(new AssessmentPeriod(start, end));
        assertThat(period.cycleDay()).isEqualTo(first.getDayOfMonth());
    }

    @ParameterizedTest(name = "[{index}] cycle from {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-01-31 | 2026-01-31 2026-02-28 2026-03-31 2026-04-30 2026-05-31 2026-06-30 2026-07-31 2026-08-31 2026-09-30 2026-10-31 2026-11-30 2026-12-31 2027-01-31 | reg 21(2)(a): last day of each month
            2026-01-30 | 2026-01-30 2026-02-27 2026-03-30 2026-04-30 2026-05-30 | reg 21(2)(b): February on the 27th, back to the 30th in March
            2027-12-29 | 2027-12-29 2028-01-29 2028-02-28 2028-03-29 | reg 21(2)(b): leap-year February on the 28th
            2025-11-30 | 2025-11-30 2025-12-30 2026-01-30 2026-02-27 2026-03-30 | reg 21(2)(b): cycle day 30 across a year end and February
            2026-03-08 | 2026-03-08 2026-04-08 2026-05-08 | reg 21(1): same day each month
            """)
    void next_periods_keep_the_claims_cycle_day(LocalDate first, String expectedStarts, String source) {
        List<LocalDate> starts = new ArrayList<>();
        AssessmentPeriod period = AssessmentPeriod.startingOn(first);
        String[] expected = expectedStarts.trim().split("\\s+");
        for (int i = 0; i < expected.length; i++) {
            starts.add(period.start());
            period = period.next();
        }
        assertThat(starts).as(source).containsExactly(
                java.util.Arrays.stream(expected).map(LocalDate::parse).toArray(LocalDate[]::new));
    }

    @ParameterizedTest(name = "[{index}] first {0}, date {1}: {2} to {3} ({4})")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-08 | 2026-03-08 | 2026-03-08 | 2026-04-07 | the first day is in the first period
            2026-03-08 | 2026-04-07 | 2026-03-08 | 2026-04-07 | the last day of the first period
            2026-03-08 | 2026-04-08 | 2026-04-08 | 2026-05-07 | reg 21(1): the next period begins a month later
            2026-01-31 | 2026-03-15 | 2026-02-28 | 2026-03-30 | reg 21(2)(a): cycle day 31 in mid-March
            2026-01-31 | 2026-02-27 | 2026-01-31 | 2026-02-27 | reg 21(2)(a): 27 February is still in the first period
            2026-01-30 | 2026-02-27 | 2026-02-27 | 2026-03-29 | reg 21(2)(b): February period begins on the 27th
            2026-01-30 | 2026-02-26 | 2026-01-30 | 2026-02-26 | reg 21(2)(b): the day before is in the first period
            2025-12-15 | 2027-01-01 | 2026-12-15 | 2027-01-14 | reg 21(1): a year later, over the year end
            """)
    void period_containing_a_date_follows_the_cycle_of_the_first_date_of_entitlement(LocalDate first, LocalDate date,
                                                                        LocalDate start, LocalDate end, String source) {
        assertThat(AssessmentPeriod.containing(first, date)).as(source).isEqualTo(new AssessmentPeriod(start, end));
    }

    /** Exhaustive check over four years (one of them a leap year) and every possible cycle day. */
    @Test
    void every_date_falls_in_exactly_one_period_and_periods_follow_one_another_without_gaps() {
        for (int cycleDay = 1; cycleDay <= 31; cycleDay++) {
            LocalDate first = LocalDate.of(2025, 1, cycleDay);
            AssessmentPeriod period = AssessmentPeriod.startingOn(first);
            LocalDate date = first;
            while (date.getYear() < 2029) {
                if (date.isAfter(period.end())) {
                    AssessmentPeriod next = period.next();
                    assertThat(next.start()).isEqualTo(period.end().plusDays(1));
                    assertThat(next.cycleDay()).isEqualTo(cycleDay);
                    period = next;
                }
                assertThat(period.lengthInDays()).isBetween(28L, 31L);
                assertThat(AssessmentPeriod.containing(first, date)).isEqualTo(period);
                assertThat(period.contains(date)).isTrue();
                date = date.plusDays(1);
            }
        }
    }

    @Test
    void period_of_an_irregular_length_is_followed_as_if_the_next_day_were_the_first_date_of_entitlement_under_reg_21a() {
        // reg 21A(2)(c): a first period of a length set by the Secretary of State, ending 12 March 2026
        AssessmentPeriod irregular = new AssessmentPeriod(LocalDate.of(2026, 2, 20), LocalDate.of(2026, 3, 12));
        assertThat(irregular.cycleDay()).isEqualTo(13);
        assertThat(irregular.next()).isEqualTo(new AssessmentPeriod(LocalDate.of(2026, 3, 13), LocalDate.of(2026, 4, 12)));
    }

    @Test
    void period_ending_before_it_starts_is_refused() {
        assertThatThrownBy(() -> new AssessmentPeriod(LocalDate.of(2026, 3, 8), LocalDate.of(2026, 3, 7)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("period.end", "end_before_start")));
    }

    @Test
    void missing_dates_are_all_reported_together() {
        assertThatThrownBy(() -> new AssessmentPeriod(null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("period.start", "period.end"));
    }

    @Test
    void date_before_universal_credit_began_is_refused() {
        assertThatThrownBy(() -> AssessmentPeriod.startingOn(LocalDate.of(2013, 4, 28)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("firstDay", "before_universal_credit_began")));
    }

    @Test
    void date_before_the_claims_first_period_has_no_period() {
        assertThatThrownBy(() -> AssessmentPeriod.containing(LocalDate.of(2026, 3, 8), LocalDate.of(2026, 3, 7)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("date", "before_first_assessment_period")));
    }

    @Test
    void messages_never_echo_the_submitted_date() {
        assertThatThrownBy(() -> new AssessmentPeriod(LocalDate.of(2026, 3, 8), LocalDate.of(2026, 3, 7)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .allSatisfy(v -> assertThat(v.message()).doesNotContain("2026")));
    }
}
