package dev.hearth.domain.timing;

import dev.hearth.domain.place.Nation;
import dev.hearth.domain.validation.InvalidInputException;
import dev.hearth.domain.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The bank-holiday table in {@link BankHolidays} was typed by hand from gov.uk/bank-holidays. This test re-derives every
 * date independently from the statutory pattern (Banking and Financial Dealings Act 1971 Sch 1; St Andrew's Day Bank
 * Holiday (Scotland) Act 2007 s.1; the customary proclamations: early May = first Monday in May, spring = last Monday
 * in May, summer = last Monday in August (first Monday in August in Scotland), 12 July in Northern Ireland, and a fixed
 * holiday on a weekend moved to the next weekday that is not already a holiday) and the Gregorian Easter date, and
 * demands the same days.
 */
class BankHolidayDataTest {

    @Test
    void every_covered_year_and_division_matches_the_statutory_pattern() {
        for (BankHolidayDivision division : BankHolidayDivision.values()) {
            for (int year = BankHolidays.FIRST_YEAR; year <= BankHolidays.LAST_YEAR; year++) {
                List<LocalDate> held = BankHolidays.calendar(division, year).holidays().stream()
                        .map(BankHoliday::date).toList();
                assertThat(held).as(division + " " + year).containsExactlyElementsOf(derive(division, year));
            }
        }
    }

    @Test
    void every_division_has_its_usual_number_of_holidays_and_none_on_a_weekend() {
        for (BankHolidayCalendar calendar : BankHolidays.all()) {
            int expected = switch (calendar.division()) {
                case ENGLAND_AND_WALES -> 8;
                case SCOTLAND -> 9;
                case NORTHERN_IRELAND -> 10;
            };
            assertThat(calendar.holidays()).as(calendar.division() + " " + calendar.year()).hasSize(expected);
            assertThat(calendar.holidays()).allSatisfy(h -> assertThat(BankHolidays.isWeekend(h.date())).isFalse());
        }
    }

    @Test
    void only_the_year_2027_is_provisional() {
        for (BankHolidayCalendar calendar : BankHolidays.all()) {
            assertThat(calendar.status()).as(calendar.division() + " " + calendar.year())
                    .isEqualTo(calendar.year() == 2027 ? CalendarStatus.PROVISIONAL : CalendarStatus.PUBLISHED);
        }
        assertThat(BankHolidays.coveredYears()).containsExactly(2025, 2026, 2027);
    }

    @ParameterizedTest(name = "[{index}] {0} in {1}: working day {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            2026-04-06 | ENGLAND          | false | Easter Monday, England and Wales list
            2026-04-06 | WALES            | false | Wales uses the England and Wales list
            2026-04-06 | SCOTLAND         | true  | Easter Monday is not a bank holiday in Scotland (BFDA 1971 Sch 1 para 2)
            2026-04-06 | NORTHERN_IRELAND | false | Easter Monday, Northern Ireland list
            2026-01-02 | SCOTLAND         | false | 2 January, Scotland only
            2026-01-02 | ENGLAND          | true  | 2 January is a working day in England
            2025-12-01 | SCOTLAND         | false | St Andrew's Day substitute (30 November 2025 was a Sunday), 2007 Act s.1
            2026-03-17 | NORTHERN_IRELAND | false | St Patrick's Day, Northern Ireland only
            2026-03-17 | SCOTLAND         | true  | St Patrick's Day is not a holiday in Scotland
            2026-07-13 | NORTHERN_IRELAND | false | Battle of the Boyne substitute (12 July 2026 is a Sunday)
            2026-08-03 | SCOTLAND         | false | Scottish summer bank holiday, first Monday in August
            2026-08-03 | ENGLAND          | true  | not a holiday in England
            2026-12-28 | WALES            | false | Boxing Day substitute (26 December 2026 is a Saturday)
            2026-12-26 | ENGLAND          | false | a Saturday is never a working day
            2026-12-29 | ENGLAND          | true  | an ordinary Tuesday
            """)
    void working_day_depends_on_the_nations_list(LocalDate date, Nation nation, boolean working, String source) {
        assertThat(BankHolidays.isWorkingDay(date, nation)).as(source).isEqualTo(working);
    }

    @ParameterizedTest(name = "[{index}] {0} is outside the covered years")
    @CsvSource({"2024-12-31", "2028-01-03", "2028-01-01"})
    void date_outside_the_covered_years_is_a_clear_error_not_a_guess(LocalDate date) {
        assertThatThrownBy(() -> BankHolidays.isWorkingDay(date, Nation.ENGLAND))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::code)
                        .containsExactly(tuple("date", "calendar_not_available")));
    }

    @Test
    void missing_nation_is_refused() {
        assertThatThrownBy(() -> BankHolidays.isWorkingDay(LocalDate.of(2026, 1, 5), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::code).containsExactly(tuple("nation", "required")));
    }

    // ------------------------------------------------------------------ independent derivation

    private static List<LocalDate> derive(BankHolidayDivision division, int year) {
        LocalDate easter = easterSunday(year);
        TreeSet<LocalDate> days = new TreeSet<>();
        List<MonthDay> fixed = new ArrayList<>();
        fixed.add(MonthDay.of(1, 1));
        if (division == BankHolidayDivision.SCOTLAND) {
            fixed.add(MonthDay.of(1, 2));
        }
        if (division == BankHolidayDivision.NORTHERN_IRELAND) {
            fixed.add(MonthDay.of(3, 17));
            fixed.add(MonthDay.of(7, 12));
        }
        days.add(easter.minusDays(2));                                                   // Good Friday
        if (division != BankHolidayDivision.SCOTLAND) {
            days.add(easter.plusDays(1));                                                // Easter Monday
        }
        days.add(LocalDate.of(year, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        days.add(division == BankHolidayDivision.SCOTLAND
                ? LocalDate.of(year, 8, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY))
                : LocalDate.of(year, 8, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        if (division == BankHolidayDivision.SCOTLAND) {
            LocalDate standrew = LocalDate.of(year, 11, 30);                            // 2007 Act s.1: next Monday
            days.add(BankHolidays.isWeekend(standrew) ? standrew.with(TemporalAdjusters.next(DayOfWeek.MONDAY)) : standrew);
        }
        fixed.add(MonthDay.of(12, 25));
        fixed.add(MonthDay.of(12, 26));
        for (MonthDay md : fixed) {                                                      // substitute: next free weekday
            LocalDate day = md.atYear(year);
            while (BankHolidays.isWeekend(day) || days.contains(day)) {
                day = day.plusDays(1);
            }
            days.add(day);
        }
        return List.copyOf(days);
    }

    /** Anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    private static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }

    @Test
    void easter_dates_used_by_the_derivation_are_the_known_ones() {
        assertThat(easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
    }
}
