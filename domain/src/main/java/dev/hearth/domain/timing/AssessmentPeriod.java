package dev.hearth.domain.timing;

import dev.hearth.domain.validation.Violations;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * One Universal Credit assessment period: the days from {@code start} to {@code end}, both included.
 *
 * <p>The law (Universal Credit Regulations 2013, SI 2013/376, reg 21, read on legislation.gov.uk):
 * <blockquote>
 * (1) An assessment period is [...] a period of one month beginning with the first date of entitlement and each
 * subsequent period of one month during which entitlement subsists.<br>
 * (2) Each assessment period begins on the same day of each month except as follows— (a) if the first date of
 * entitlement falls on the 31st day of a month, each assessment period begins on the last day of the month; and (b) if
 * the first date of entitlement falls on the 29th or 30th day of a month, each assessment period begins on the 29th or
 * 30th day of the month (as above) except in February when it begins on the 27th day or, in a leap year, the 28th day.
 * </blockquote>
 * Northern Ireland has the same words in the Universal Credit Regulations (Northern Ireland) 2016 (SR 2016/216)
 * reg 22(1) and (3).
 *
 * <p>So every period of one claim begins on the claim's <em>cycle day</em> (the day of the month of the first date of
 * entitlement, 1 to 31) adjusted by reg 21(2), and ends the day before the next one begins. Note what (2)(b) says for
 * February: a cycle day of 29 or 30 starts on the 27th (28th in a leap year), one day <em>before</em> the last day of
 * February, while a cycle day of 31 starts on the last day (28th or 29th). This class codes exactly that.
 *
 * <p>Because an adjusted start (say 28 February) does not by itself reveal the cycle day, use
 * {@link #containing(LocalDate, LocalDate)} or {@link #next()} to walk a claim's periods; {@link #startingOn(LocalDate)}
 * treats its argument as the first date of entitlement.
 */
public record AssessmentPeriod(LocalDate start, LocalDate end) {

    /** Universal Credit began on 29 April 2013 (SI 2013/376 commenced with the Welfare Reform Act 2012 s.1). */
    static final LocalDate EARLIEST = LocalDate.of(2013, 4, 29);
    /** A far-future guard so that date arithmetic cannot overflow. */
    static final LocalDate LATEST = LocalDate.of(9999, 11, 30);

    /** Checks that both days are given and that the period does not end before it starts. */
    public AssessmentPeriod {
        Violations v = new Violations();
        checkDate(v, "period.start", start);
        checkDate(v, "period.end", end);
        if (start != null && end != null && end.isBefore(start)) {
            v.add("period.end", "end_before_start", "an assessment period cannot end before it starts");
        }
        v.throwIfAny();
    }

    /**
     * The assessment period that begins on {@code firstDateOfEntitlement}, taken as the first date of entitlement of a
     * claim (reg 21(1)); its day of the month becomes the cycle day, and the period ends the day before the next
     * period begins under reg 21(2). Example: 8 March 2026 gives 8 March to 7 April 2026; 31 January 2026 gives
     * 31 January to 27 February 2026 (the next period begins on 28 February, the last day of that month).
     *
     * @throws dev.hearth.domain.validation.InvalidInputException field {@code firstDay} if missing or out of range
     */
    public static AssessmentPeriod startingOn(LocalDate firstDateOfEntitlement) {
        Violations v = new Violations();
        checkDate(v, "firstDay", firstDateOfEntitlement);
        v.throwIfAny();
        return ofCycle(firstDateOfEntitlement.getDayOfMonth(), monthOf(firstDateOfEntitlement));
    }

    /**
     * The assessment period that contains {@code date}, for a claim whose first assessment period began on
     * {@code firstDateOfEntitlement} (so its cycle day is that date's day of the month, reg 21(2)).
     *
     * @throws dev.hearth.domain.validation.InvalidInputException field {@code date} with code
     *         {@code before_first_assessment_period} if the date is before the claim's first period; fields
     *         {@code firstDateOfEntitlement} or {@code date} if missing or out of range
     */
    public static AssessmentPeriod containing(LocalDate firstDateOfEntitlement, LocalDate date) {
        Violations v = new Violations();
        checkDate(v, "firstDateOfEntitlement", firstDateOfEntitlement);
        checkDate(v, "date", date);
        if (firstDateOfEntitlement != null && date != null && date.isBefore(firstDateOfEntitlement)) {
            v.add("date", "before_first_assessment_period",
                    "the date is before the claim's first assessment period began");
        }
        v.throwIfAny();
        int cycleDay = firstDateOfEntitlement.getDayOfMonth();
        YearMonth month = monthOf(date);
        if (cycleStart(cycleDay, month).isAfter(date)) {
            month = month.minusMonths(1);
        }
        return ofCycle(cycleDay, month);
    }

    /**
     * The assessment period that follows this one: it begins the day after this one ends and, under reg 21(2), ends the
     * day before the claim's next cycle day. The cycle day is {@link #cycleDay()}.
     */
    public AssessmentPeriod next() {
        LocalDate nextStart = end.plusDays(1);
        int cycleDay = cycleDay();
        LocalDate following = cycleStart(cycleDay, monthOf(nextStart).plusMonths(1));
        return new AssessmentPeriod(nextStart, following.minusDays(1));
    }

    /**
     * The claim's cycle day (1 to 31) that this period was built under: the day of the month of the first date of
     * entitlement. It is recovered from the start and the day after the end: of any two consecutive months one has 31
     * days, where reg 21(2) changes no start day, so at most one cycle day fits both. A period that fits no cycle day
     * (for example a first period of a length set by the Secretary of State under reg 21A(2)(a)) is followed, as
     * reg 21A(2)(c) says, "as if the day after the end of the first assessment period were the first date of
     * entitlement", so its cycle day is the day of the month after it ends.
     */
    public int cycleDay() {
        LocalDate nextStart = end.plusDays(1);
        YearMonth month = monthOf(start);
        for (int day = 1; day <= 31; day++) {
            if (cycleStart(day, month).equals(start) && cycleStart(day, month.plusMonths(1)).equals(nextStart)) {
                return day;
            }
        }
        return nextStart.getDayOfMonth();
    }

    /** Whether {@code date} falls within this period (both ends included). */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /** The number of days in the period, both ends counted (28 to 31 for a regular monthly period). */
    public long lengthInDays() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    @Override
    public String toString() {
        return start + " to " + end;
    }

    /**
     * The day on which an assessment period with the given cycle day begins in the given month: UC Regs 2013
     * reg 21(2) and its exceptions (a) and (b).
     */
    static LocalDate cycleStart(int cycleDay, YearMonth month) {
        if (cycleDay == 31) {
            return month.atEndOfMonth();                                   // reg 21(2)(a)
        }
        if ((cycleDay == 29 || cycleDay == 30) && month.getMonthValue() == 2) {
            return month.atDay(month.isLeapYear() ? 28 : 27);              // reg 21(2)(b), February
        }
        return month.atDay(cycleDay);                                      // reg 21(2), and (b) outside February
    }

    /**
     * The year and month of a date: the same as {@code YearMonth.from(date)}, without the general temporal look-ups
     * (calendar system, field queries) that it makes for any kind of date.
     */
    private static YearMonth monthOf(LocalDate date) {
        return YearMonth.of(date.getYear(), date.getMonthValue());
    }

    private static AssessmentPeriod ofCycle(int cycleDay, YearMonth month) {
        LocalDate start = cycleStart(cycleDay, month);
        LocalDate nextStart = cycleStart(cycleDay, month.plusMonths(1));
        return new AssessmentPeriod(start, nextStart.minusDays(1));
    }

    private static void checkDate(Violations v, String field, LocalDate date) {
        if (date == null) {
            v.add(field, "required", "a date is required");
        } else if (date.isBefore(EARLIEST)) {
            v.add(field, "before_universal_credit_began", "the date is before Universal Credit began on 29 April 2013");
        } else if (date.isAfter(LATEST)) {
            v.add(field, "date_out_of_range", "the date is too far in the future");
        }
    }
}
