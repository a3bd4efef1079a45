package dev.hearth.domain.timing;

import dev.hearth.domain.explain.Assumption;
import dev.hearth.domain.explain.AssumptionSource;
import dev.hearth.domain.place.Nation;
import dev.hearth.domain.validation.InvalidInputException;
import dev.hearth.domain.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Payment dates under SI 2013/380 reg 47(2) (seventh day after the assessment period ends) moved to the last working
 * day before a weekend or bank holiday of the claimant's nation. Every row names its source; rows marked "hand" were
 * worked by counting on a calendar, with the days passed over shown.
 */
class UcPaymentTimingTest {

    @ParameterizedTest(name = "[{index}] {0} {1}..{2}: nominal {3}, paid {4} ({6})")
    @CsvSource(delimiter = '|', textBlock = """
            ENGLAND          | 2026-03-08 | 2026-04-07 | 2026-04-14 | 2026-04-14 | 0 | uk-rules.md 1.6: claim 8 March, period ends 7 April, paid 14 April
            ENGLAND          | 2025-06-16 | 2025-07-15 | 2025-07-22 | 2025-07-22 | 0 | ucpages.co.uk 'Getting paid': period ends 15 July, paid 22 July
            ENGLAND          | 2025-11-19 | 2025-12-18 | 2025-12-25 | 2025-12-24 | 1 | hand: Christmas Day 2025 (Thu) passed over, paid Wed 24 Dec
            WALES            | 2026-11-19 | 2026-12-18 | 2026-12-25 | 2026-12-24 | 1 | hand: Wales uses the England and Wales list; Christmas Day 2026 (Fri)
            ENGLAND          | 2026-11-22 | 2026-12-21 | 2026-12-28 | 2026-12-24 | 4 | hand: Boxing Day substitute Mon 28, Sun 27, Sat 26, Christmas Fri 25 passed over
            ENGLAND          | 2026-11-26 | 2026-12-25 | 2027-01-01 | 2026-12-31 | 1 | hand: New Year's Day 2027 (Fri), paid Thu 31 Dec 2026 across the year end
            ENGLAND          | 2025-11-26 | 2025-12-25 | 2026-01-01 | 2025-12-31 | 1 | hand: New Year's Day 2026 (Thu), paid Wed 31 Dec 2025; cf. DWP 2024/25 notice 'due 1 January, paid 31 December'
            ENGLAND          | 2025-11-25 | 2025-12-24 | 2025-12-31 | 2025-12-31 | 0 | hand: 31 December 2025 is a working day
            SCOTLAND         | 2025-11-27 | 2025-12-26 | 2026-01-02 | 2025-12-31 | 2 | hand: Scottish 2 January (Fri) and New Year's Day passed over
            ENGLAND          | 2025-11-27 | 2025-12-26 | 2026-01-02 | 2026-01-02 | 0 | hand: 2 January is a working day in England
            SCOTLAND         | 2026-11-29 | 2026-12-28 | 2027-01-04 | 2026-12-31 | 4 | hand: 2 January substitute Mon 4 Jan 2027, Sun, Sat, New Year's Day passed over
            SCOTLAND         | 2025-10-25 | 2025-11-24 | 2025-12-01 | 2025-11-28 | 3 | hand: St Andrew's Day substitute Mon 1 Dec 2025, Sun, Sat passed over
            ENGLAND          | 2025-10-25 | 2025-11-24 | 2025-12-01 | 2025-12-01 | 0 | hand: 1 December 2025 is a working day in England
            ENGLAND          | 2026-02-28 | 2026-03-30 | 2026-04-06 | 2026-04-02 | 4 | hand: period of a 31st cycle (reg 21(2)(a)); Easter Monday, Sun, Sat, Good Friday 2026 passed over
            SCOTLAND         | 2026-02-28 | 2026-03-30 | 2026-04-06 | 2026-04-06 | 0 | hand: Easter Monday is not a Scottish bank holiday (BFDA 1971 Sch 1 para 2)
            NORTHERN_IRELAND | 2026-02-11 | 2026-03-10 | 2026-03-17 | 2026-03-16 | 1 | hand: St Patrick's Day 2026 (Tue) passed over
            ENGLAND          | 2026-02-11 | 2026-03-10 | 2026-03-17 | 2026-03-17 | 0 | hand: St Patrick's Day is a working day in England
            NORTHERN_IRELAND | 2026-06-07 | 2026-07-06 | 2026-07-13 | 2026-07-10 | 3 | hand: Battle of the Boyne substitute Mon 13 July 2026, Sun, Sat passed over
            NORTHERN_IRELAND | 2027-06-06 | 2027-07-05 | 2027-07-12 | 2027-07-09 | 3 | hand: 12 July 2027 (Mon, provisional list), Sun, Sat passed over
            SCOTLAND         | 2025-06-29 | 2025-07-28 | 2025-08-04 | 2025-08-01 | 3 | hand: Scottish summer bank holiday Mon 4 Aug 2025
            ENGLAND          | 2025-07-19 | 2025-08-18 | 2025-08-25 | 2025-08-22 | 3 | hand: England and Wales summer bank holiday Mon 25 Aug 2025
            ENGLAND          | 2026-03-28 | 2026-04-27 | 2026-05-04 | 2026-05-01 | 3 | hand: early May bank holiday 2026
            ENGLAND          | 2025-12-04 | 2026-01-03 | 2026-01-10 | 2026-01-09 | 1 | hand: a Saturday, paid the Friday before
            ENGLAND          | 2026-01-27 | 2026-02-26 | 2026-03-05 | 2026-03-05 | 0 | hand: a period ending in February
            ENGLAND          | 2026-01-30 | 2026-02-26 | 2026-03-05 | 2026-03-05 | 0 | reg 21(2)(b): first period of a 30th claim ends 26 February
            ENGLAND          | 2027-11-21 | 2027-12-20 | 2027-12-27 | 2027-12-24 | 3 | hand: Christmas Day substitute 27 Dec 2027 (provisional list), Sun, Sat passed over
            """)
    void payment_date_is_the_seventh_day_after_the_period_or_the_last_working_day_before(Nation nation, LocalDate start,
            LocalDate end, LocalDate nominal, LocalDate paid, int daysPassedOver, String source) {
        PaymentTiming timing = UcPaymentTiming.forPeriod(new AssessmentPeriod(start, end), nation);

        assertThat(timing.nominalPaymentDate()).as(source).isEqualTo(nominal);
        assertThat(timing.paymentDate()).as(source).isEqualTo(paid);
        assertThat(timing.reasonsMoved()).as(source).hasSize(daysPassedOver);
        assertThat(timing.moved()).isEqualTo(daysPassedOver > 0);
        assertThat(timing.explanation().ruleIds()).containsExactly(
                TimingRules.PAYMENT_SEVEN_DAYS_AFTER_PERIOD.id(), TimingRules.PAYMENT_LAST_WORKING_DAY_BEFORE.id());
        assertThat(timing.explanation().steps().get(1).output()).startsWith(paid.toString());
        assertThat(timing.explanation().assumptions()).extracting(Assumption::id)
                .contains("timing.payment_on_seventh_day", "timing.paid_by_credit_transfer");
        assertThat(BankHolidays.isWorkingDay(timing.paymentDate(), nation)).isTrue();
    }

    @Test
    void reasons_name_each_day_passed_over_latest_first() {
        PaymentTiming timing = UcPaymentTiming.forPeriod(
                new AssessmentPeriod(LocalDate.of(2026, 11, 22), LocalDate.of(2026, 12, 21)), Nation.ENGLAND);
        assertThat(timing.reasonsMoved()).containsExactly(
                "2026-12-28 (Monday) is a bank holiday in England and Wales: Boxing Day (substitute day)",
                "2026-12-27 (Sunday) is a weekend day",
                "2026-12-26 (Saturday) is a weekend day",
                "2026-12-25 (Friday) is a bank holiday in England and Wales: Christmas Day");
    }

    @Test
    void a_year_from_the_provisional_list_is_flagged_as_unconfirmed() {
        PaymentTiming timing = UcPaymentTiming.forPeriod(
                new AssessmentPeriod(LocalDate.of(2027, 11, 21), LocalDate.of(2027, 12, 20)), Nation.ENGLAND);
        assertThat(timing.explanation().assumptions())
                .filteredOn(a -> a.id().equals("timing.bank_holidays_provisional_2027"))
                .singleElement().extracting(Assumption::source).isEqualTo(AssumptionSource.UNCONFIRMED_RULE);

        PaymentTiming published = UcPaymentTiming.forPeriod(
                new AssessmentPeriod(LocalDate.of(2026, 3, 8), LocalDate.of(2026, 4, 7)), Nation.ENGLAND);
        assertThat(published.explanation().assumptions()).extracting(Assumption::id)
                .noneMatch(id -> id.startsWith("timing.bank_holidays_provisional"));
    }

    @Test
    void a_move_for_a_scotland_only_holiday_carries_the_later_date_the_claimant_may_actually_be_paid() {
        PaymentTiming timing = UcPaymentTiming.forPeriod(
                new AssessmentPeriod(LocalDate.of(2025, 10, 25), LocalDate.of(2025, 11, 24)), Nation.SCOTLAND);
        assertThat(timing.paymentDate()).isEqualTo(LocalDate.of(2025, 11, 28));
        assertThat(timing.explanation().assumptions())
                .filteredOn(a -> a.id().equals("timing.regional_bank_holiday")).singleElement()
                .satisfies(a -> {
                    assertThat(a.source()).isEqualTo(AssumptionSource.UNCONFIRMED_RULE);
                    assertThat(a.text()).contains("arrives later, on 2025-12-01 (Monday)");
                });
        PaymentTiming england = UcPaymentTiming.forPeriod(timing.period(), Nation.ENGLAND);
        assertThat(england.explanation().assumptions()).extracting(Assumption::id)
                .doesNotContain("timing.regional_bank_holiday", "timing.scotland_monthly_payment");
    }

    @Test
    void northern_ireland_results_say_the_monthly_timetable_is_an_estimate() {
        PaymentTiming timing = UcPaymentTiming.forPeriod(
                new AssessmentPeriod(LocalDate.of(2026, 2, 11), LocalDate.of(2026, 3, 10)), Nation.NORTHERN_IRELAND);
        assertThat(timing.explanation().assumptions()).extracting(Assumption::id, Assumption::source)
                .contains(tuple("timing.northern_ireland_payment_frequency", AssumptionSource.UNCONFIRMED_RULE),
                        tuple("timing.regional_bank_holiday", AssumptionSource.UNCONFIRMED_RULE));
    }

    @Test
    void consecutive_periods_give_a_payment_schedule_for_a_rent_timeline() {
        List<PaymentTiming> schedule = UcPaymentTiming.forPeriods(
                AssessmentPeriod.startingOn(LocalDate.of(2026, 1, 31)), 4, Nation.ENGLAND);
        assertThat(schedule).extracting(PaymentTiming::paymentDate).containsExactly(
                LocalDate.of(2026, 3, 6),    // period 31 Jan - 27 Feb, nominal Fri 6 Mar
                LocalDate.of(2026, 4, 2),    // period 28 Feb - 30 Mar, nominal Easter Monday 6 Apr -> Thu 2 Apr
                LocalDate.of(2026, 5, 6),    // period 31 Mar - 29 Apr, nominal Wed 6 May
                LocalDate.of(2026, 6, 5));   // period 30 Apr - 30 May, nominal Sat 6 Jun -> Fri 5 Jun
    }

    // ------------------------------------------------------------------ new claims

    @ParameterizedTest(name = "[{index}] claim {0} in {1}: first period ends {2}, paid {3} ({5})")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-08 | ENGLAND  | 2026-04-07 | 2026-04-14 | 37 | uk-rules.md 1.6: claim 8 March, period ends 7 April, paid 14 April
            2025-06-16 | ENGLAND  | 2025-07-15 | 2025-07-22 | 36 | ucpages.co.uk: claim 16 June, paid 22 July
            2026-01-31 | ENGLAND  | 2026-02-27 | 2026-03-06 | 34 | reg 21(2)(a): a 31st claim's first period ends the day before 28 February
            2026-11-21 | ENGLAND  | 2026-12-20 | 2026-12-24 | 33 | hand: nominal Sun 27 Dec, Sat 26, Christmas Day passed over
            2026-12-09 | SCOTLAND | 2027-01-08 | 2027-01-15 | 37 | hand: a first period over the year end, Friday 15 January
            """)
    void new_claim_waits_one_period_and_seven_days_for_its_first_payment(LocalDate claim, Nation nation, LocalDate apEnd,
                                                              LocalDate paid, long days, String source) {
        NewClaimTiming timing = UcPaymentTiming.forNewClaim(claim, nation);
        assertThat(timing.firstPeriod()).as(source).isEqualTo(new AssessmentPeriod(claim, apEnd));
        assertThat(timing.firstPayment().paymentDate()).as(source).isEqualTo(paid);
        assertThat(timing.daysToFirstPayment()).as(source).isEqualTo(days);
        assertThat(timing.explanation().assumptions()).extracting(Assumption::id, Assumption::source)
                .contains(tuple("timing.claim_date_is_first_date_of_entitlement", AssumptionSource.DEFAULTED));
        assertThat(timing.explanation().ruleIds()).contains(TimingRules.ASSESSMENT_PERIOD_MONTHLY.id(),
                TimingRules.NEW_CLAIM_FIRST_PAYMENT.id());
    }

    @Test
    void a_claim_on_the_29th_to_31st_explains_the_late_month_rule() {
        NewClaimTiming timing = UcPaymentTiming.forNewClaim(LocalDate.of(2026, 1, 30), Nation.ENGLAND);
        assertThat(timing.explanation().ruleIds()).contains(TimingRules.ASSESSMENT_PERIOD_LATE_MONTH_START.id());
        NewClaimTiming ordinary = UcPaymentTiming.forNewClaim(LocalDate.of(2026, 1, 28), Nation.ENGLAND);
        assertThat(ordinary.explanation().ruleIds()).doesNotContain(TimingRules.ASSESSMENT_PERIOD_LATE_MONTH_START.id());
    }

    // ------------------------------------------------------------------ bad input

    @Test
    void missing_period_and_nation_are_reported_together() {
        assertThatThrownBy(() -> UcPaymentTiming.forPeriod(null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::code)
                        .containsExactly(tuple("period", "required"), tuple("nation", "required")));
    }

    @ParameterizedTest(name = "[{index}] period ending {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2027-11-26 | 2027-12-25 | paid in 2028, whose bank holidays are not held
            2024-11-20 | 2024-12-19 | paid in 2024, whose bank holidays are not held
            2024-11-26 | 2024-12-25 | nominal 1 January 2025 is a holiday; the day before is in 2024 and is not guessed
            """)
    void payment_date_outside_the_covered_years_is_refused_on_the_period_field(LocalDate start, LocalDate end, String why) {
        assertThatThrownBy(() -> UcPaymentTiming.forPeriod(new AssessmentPeriod(start, end), Nation.ENGLAND))
                .as(why)
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::code)
                        .containsExactly(tuple("period", "calendar_not_available")));
    }

    @Test
    void schedule_length_must_be_sensible() {
        AssessmentPeriod first = AssessmentPeriod.startingOn(LocalDate.of(2026, 1, 5));
        assertThatThrownBy(() -> UcPaymentTiming.forPeriods(first, 0, Nation.ENGLAND))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::code).containsExactly(tuple("count", "out_of_range")));
    }

    @Test
    void new_claim_without_a_date_or_nation_is_refused_with_both_violations() {
        assertThatThrownBy(() -> UcPaymentTiming.forNewClaim(null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::code)
                        .containsExactly(tuple("claimDate", "required"), tuple("nation", "required")));
    }

    @Test
    void same_inputs_give_the_same_result_byte_for_byte() {
        AssessmentPeriod period = new AssessmentPeriod(LocalDate.of(2026, 11, 22), LocalDate.of(2026, 12, 21));
        assertThat(UcPaymentTiming.forPeriod(period, Nation.SCOTLAND))
                .isEqualTo(UcPaymentTiming.forPeriod(period, Nation.SCOTLAND));
    }
}
