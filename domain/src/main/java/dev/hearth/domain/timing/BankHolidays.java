package dev.hearth.domain.timing;

import dev.hearth.domain.place.Nation;
import dev.hearth.domain.validation.InvalidInputException;
import dev.hearth.domain.validation.Violation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * UK bank holidays for England and Wales, Scotland and Northern Ireland, 2025 to 2027, and the working-day test the
 * payment-timing engine uses.
 *
 * <h2>Where the dates come from</h2>
 * <ul>
 *   <li>List: the UK Government's bank-holiday list, https://www.gov.uk/bank-holidays (machine-readable at
 *       https://www.gov.uk/bank-holidays.json), one list per division.</li>
 *   <li>Law behind the list: Banking and Financial Dealings Act 1971 s.1 and Sch 1 (paras 1 England and Wales,
 *       2 Scotland, 3 Northern Ireland); St Andrew's Day Bank Holiday (Scotland) Act 2007 s.1 (30 November, or the
 *       first Monday after it when it falls on a Saturday or Sunday); royal proclamations each year for the early May,
 *       spring and (outside Scotland) summer holidays, substitute days, and 12 July in Northern Ireland. Good Friday
 *       and Christmas Day are common-law holidays in England, Wales and Northern Ireland.</li>
 *   <li>2025 and 2026: the published gov.uk lists, transcribed by hand. Hearth's build machines have no access to
 *       gov.uk, so the transcription was checked by a test that re-derives every date from the Act's pattern and the
 *       Easter date ({@code BankHolidayDataTest}), not by a download; re-check against the JSON before release.</li>
 *   <li>2027: {@link CalendarStatus#PROVISIONAL}. The dates follow the same statutory pattern and the usual
 *       proclamation of substitute days (27 and 28 December 2027; 4 January 2027 in Scotland for 2 January), but they
 *       were not read from a published list. Any result that depends on a 2027 date carries an
 *       {@link dev.hearth.domain.explain.AssumptionSource#UNCONFIRMED_RULE} assumption saying so.</li>
 * </ul>
 * A date outside the covered years is an error ({@code calendar_not_available}), never a guess.
 */
public final class BankHolidays {

    /** Version of the bank-holiday data below; change it whenever any date, name or status changes. */
    public static final String DATA_VERSION = "uk-bank-holidays-2025-2027.v1";

    /** The first and last covered years. */
    public static final int FIRST_YEAR = 2025;
    public static final int LAST_YEAR = 2027;

    /** Error code when a date falls outside the covered years. */
    public static final String CALENDAR_NOT_AVAILABLE = "calendar_not_available";

    private static final String SOURCE_PUBLISHED = "gov.uk/bank-holidays (UK Government list); Banking and Financial "
            + "Dealings Act 1971 s.1 and Sch 1; St Andrew's Day Bank Holiday (Scotland) Act 2007 s.1; royal proclamations";
    private static final String SOURCE_PROVISIONAL = "derived from Banking and Financial Dealings Act 1971 Sch 1, St "
            + "Andrew's Day Bank Holiday (Scotland) Act 2007 s.1 and the customary royal proclamations; matches the "
            + "pattern of the gov.uk/bank-holidays lists but not read from a published 2027 list";
    private static final String NOTE_2025_2026 = "transcribed from gov.uk/bank-holidays; cross-checked by re-deriving "
            + "each date from the statutory pattern (BankHolidayDataTest); not downloaded on the build machine";
    private static final String NOTE_2027 = "the substitute days and proclaimed holidays for 2027 are assumed "
            + "as customary and were not read from a published list; confirm against gov.uk/bank-holidays.json";

    private static final List<BankHolidayCalendar> CALENDARS = List.of(
            // ---------------------------------------------------------------- England and Wales
            new BankHolidayCalendar(BankHolidayDivision.ENGLAND_AND_WALES, 2025, List.of(
                    h("2025-01-01", "New Year's Day"),
                    h("2025-04-18", "Good Friday"),
                    h("2025-04-21", "Easter Monday"),
                    h("2025-05-05", "Early May bank holiday"),
                    h("2025-05-26", "Spring bank holiday"),
                    h("2025-08-25", "Summer bank holiday"),
                    h("2025-12-25", "Christmas Day"),
                    h("2025-12-26", "Boxing Day")),
                    SOURCE_PUBLISHED, CalendarStatus.PUBLISHED, NOTE_2025_2026),
            new BankHolidayCalendar(BankHolidayDivision.ENGLAND_AND_WALES, 2026, List.of(
                    h("2026-01-01", "New Year's Day"),
                    h("2026-04-03", "Good Friday"),
                    h("2026-04-06", "Easter Monday"),
                    h("2026-05-04", "Early May bank holiday"),
                    h("2026-05-25", "Spring bank holiday"),
                    h("2026-08-31", "Summer bank holiday"),
                    h("2026-12-25", "Christmas Day"),
                    h("2026-12-28", "Boxing Day (substitute day)")),
                    SOURCE_PUBLISHED, CalendarStatus.PUBLISHED, NOTE_2025_2026),
            new BankHolidayCalendar(BankHolidayDivision.ENGLAND_AND_WALES, 2027, List.of(
                    h("2027-01-01", "New Year's Day"),
                    h("2027-03-26", "Good Friday"),
                    h("2027-03-29", "Easter Monday"),
                    h("2027-05-03", "Early May bank holiday"),
                    h("2027-05-31", "Spring bank holiday"),
                    h("2027-08-30", "Summer bank holiday"),
                    h("2027-12-27", "Christmas Day (substitute day)"),
                    h("2027-12-28", "Boxing Day (substitute day)")),
                    SOURCE_PROVISIONAL, CalendarStatus.PROVISIONAL, NOTE_2027),
            // ---------------------------------------------------------------- Scotland
            new BankHolidayCalendar(BankHolidayDivision.SCOTLAND, 2025, List.of(
                    h("2025-01-01", "New Year's Day"),
                    h("2025-01-02", "2nd January"),
                    h("2025-04-18", "Good Friday"),
                    h("2025-05-05", "Early May bank holiday"),
                    h("2025-05-26", "Spring bank holiday"),
                    h("2025-08-04", "Summer bank holiday"),
                    h("2025-12-01", "St Andrew's Day (substitute day)"),
                    h("2025-12-25", "Christmas Day"),
                    h("2025-12-26", "Boxing Day")),
                    SOURCE_PUBLISHED, CalendarStatus.PUBLISHED, NOTE_2025_2026),
            new BankHolidayCalendar(BankHolidayDivision.SCOTLAND, 2026, List.of(
                    h("2026-01-01", "New Year's Day"),
                    h("2026-01-02", "2nd January"),
                    h("2026-04-03", "Good Friday"),
                    h("2026-05-04", "Early May bank holiday"),
                    h("2026-05-25", "Spring bank holiday"),
                    h("2026-08-03", "Summer bank holiday"),
                    h("2026-11-30", "St Andrew's Day"),
                    h("2026-12-25", "Christmas Day"),
                    h("2026-12-28", "Boxing Day (substitute day)")),
                    SOURCE_PUBLISHED, CalendarStatus.PUBLISHED, NOTE_2025_2026),
            new BankHolidayCalendar(BankHolidayDivision.SCOTLAND, 2027, List.of(
                    h("2027-01-01", "New Year's Day"),
                    h("2027-01-04", "2nd January (substitute day)"),
                    h("2027-03-26", "Good Friday"),
                    h("2027-05-03", "Early May bank holiday"),
                    h("2027-05-31", "Spring bank holiday"),
                    h("2027-08-02", "Summer bank holiday"),
                    h("2027-11-30", "St Andrew's Day"),
                    h("2027-12-27", "Christmas Day (substitute day)"),
                    h("2027-12-28", "Boxing Day (substitute day)")),
                    SOURCE_PROVISIONAL, CalendarStatus.PROVISIONAL, NOTE_2027),
            // ---------------------------------------------------------------- Northern Ireland
            new BankHolidayCalendar(BankHolidayDivision.NORTHERN_IRELAND, 2025, List.of(
                    h("2025-01-01", "New Year's Day"),
                    h("2025-03-17", "St Patrick's Day"),
                    h("2025-04-18", "Good Friday"),
                    h("2025-04-21", "Easter Monday"),
                    h("2025-05-05", "Early May bank holiday"),
                    h("2025-05-26", "Spring bank holiday"),
                    h("2025-07-14", "Battle of the Boyne (Orangemen's Day) (substitute day)"),
                    h("2025-08-25", "Summer bank holiday"),
                    h("2025-12-25", "Christmas Day"),
                    h("2025-12-26", "Boxing Day")),
                    SOURCE_PUBLISHED, CalendarStatus.PUBLISHED, NOTE_2025_2026),
            new BankHolidayCalendar(BankHolidayDivision.NORTHERN_IRELAND, 2026, List.of(
                    h("2026-01-01", "New Year's Day"),
                    h("2026-03-17", "St Patrick's Day"),
                    h("2026-04-03", "Good Friday"),
                    h("2026-04-06", "Easter Monday"),
                    h("2026-05-04", "Early May bank holiday"),
                    h("2026-05-25", "Spring bank holiday"),
                    h("2026-07-13", "Battle of the Boyne (Orangemen's Day) (substitute day)"),
                    h("2026-08-31", "Summer bank holiday"),
                    h("2026-12-25", "Christmas Day"),
                    h("2026-12-28", "Boxing Day (substitute day)")),
                    SOURCE_PUBLISHED, CalendarStatus.PUBLISHED, NOTE_2025_2026),
            new BankHolidayCalendar(BankHolidayDivision.NORTHERN_IRELAND, 2027, List.of(
                    h("2027-01-01", "New Year's Day"),
                    h("2027-03-17", "St Patrick's Day"),
                    h("2027-03-26", "Good Friday"),
                    h("2027-03-29", "Easter Monday"),
                    h("2027-05-03", "Early May bank holiday"),
                    h("2027-05-31", "Spring bank holiday"),
                    h("2027-07-12", "Battle of the Boyne (Orangemen's Day)"),
                    h("2027-08-30", "Summer bank holiday"),
                    h("2027-12-27", "Christmas Day (substitute day)"),
                    h("2027-12-28", "Boxing Day (substitute day)")),
                    SOURCE_PROVISIONAL, CalendarStatus.PROVISIONAL, NOTE_2027));

    private BankHolidays() {
    }

    /**
     * Whether {@code date} is a working day in {@code nation}: Monday to Friday and not a bank holiday in the nation's
     * division.
     *
     * @throws InvalidInputException field {@code date}, code {@code calendar_not_available}, when the date's year is not
     *         covered (only 2025 to 2027 are, weekends included); {@code date} or {@code nation} missing ({@code required})
     */
    public static boolean isWorkingDay(LocalDate date, Nation nation) {
        requireNation(nation);
        return isWorkingDay(date, nation, "date");
    }

    /**
     * The bank holiday on {@code date} in {@code nation}, if any.
     *
     * @throws InvalidInputException field {@code date}, code {@code calendar_not_available}, outside 2025 to 2027
     */
    public static Optional<BankHoliday> holidayOn(LocalDate date, Nation nation) {
        requireNation(nation);
        return calendar(BankHolidayDivision.of(nation), date, "date").holidayOn(date);
    }

    /**
     * The whole list for one division and year.
     *
     * @throws InvalidInputException field {@code year}, code {@code calendar_not_available}, outside 2025 to 2027
     */
    public static BankHolidayCalendar calendar(BankHolidayDivision division, int year) {
        return CALENDARS.stream()
                .filter(c -> c.division() == division && c.year() == year)
                .findFirst()
                .orElseThrow(() -> notAvailable("year"));
    }

    /** Every calendar held, in division then year order. */
    public static List<BankHolidayCalendar> all() {
        return CALENDARS;
    }

    /** The covered years, ascending. */
    public static SortedSet<Integer> coveredYears() {
        SortedSet<Integer> years = new TreeSet<>();
        CALENDARS.forEach(c -> years.add(c.year()));
        return years;
    }

    /** As {@link #isWorkingDay(LocalDate, Nation)}, naming {@code field} in any violation. */
    static boolean isWorkingDay(LocalDate date, Nation nation, String field) {
        if (isWeekend(date)) {
            calendar(BankHolidayDivision.of(nation), date, field); // still refuse an uncovered year
            return false;
        }
        return calendar(BankHolidayDivision.of(nation), date, field).holidayOn(date).isEmpty();
    }

    static BankHolidayCalendar calendar(BankHolidayDivision division, LocalDate date, String field) {
        if (date == null) {
            throw new InvalidInputException(List.of(new Violation(field, "required", "a date is required")));
        }
        for (BankHolidayCalendar c : CALENDARS) {
            if (c.division() == division && c.year() == date.getYear()) {
                return c;
            }
        }
        throw notAvailable(field);
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    private static void requireNation(Nation nation) {
        if (nation == null) {
            throw new InvalidInputException(List.of(new Violation("nation", "required",
                    "the nation is required to choose a bank-holiday list")));
        }
    }

    private static InvalidInputException notAvailable(String field) {
        return new InvalidInputException(List.of(new Violation(field, CALENDAR_NOT_AVAILABLE,
                "bank holidays are held only for " + FIRST_YEAR + " to " + LAST_YEAR
                        + "; a payment date outside those years cannot be worked out")));
    }

    private static BankHoliday h(String isoDate, String name) {
        return new BankHoliday(LocalDate.parse(isoDate), name);
    }
}
