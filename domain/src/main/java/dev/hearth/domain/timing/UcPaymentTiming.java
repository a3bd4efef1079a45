package dev.hearth.domain.timing;

import dev.hearth.domain.explain.Assumption;
import dev.hearth.domain.explain.AssumptionSource;
import dev.hearth.domain.explain.ExplanationBuilder;
import dev.hearth.domain.explain.Fact;
import dev.hearth.domain.explain.StepText;
import dev.hearth.domain.place.Nation;
import dev.hearth.domain.validation.Violations;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Universal Credit payment-timing engine: when the money for an assessment period is expected in the bank, and
 * when the first payment of a new claim arrives. Pure and deterministic: no clock, the same inputs always give the same
 * result and explanation.
 *
 * <p>The rules, in order ({@link TimingRules}):
 * <ol>
 *   <li>SI 2013/380 reg 47(1) and (2): Universal Credit is payable monthly in arrears for each assessment period and,
 *       when paid by credit transfer, "within seven days of the last day of the assessment period". Hearth expects the
 *       seventh day after the period ends (the nominal payment date): for a period ending 7 April, 14 April.</li>
 *   <li>When the nominal date is a Saturday, Sunday or a bank holiday in the claimant's nation, payment is made on the
 *       last working day before it. This is DWP's published practice, not regulation text, so every result records it
 *       as an {@link AssumptionSource#UNCONFIRMED_RULE} assumption.</li>
 * </ol>
 * Bank holidays come from {@link BankHolidays}; a date outside the covered years is refused with
 * {@code calendar_not_available} on the {@code period} field, never guessed.
 */
public final class UcPaymentTiming {

    /** The payment is expected this many days after the last day of the assessment period (SI 2013/380 reg 47(2)). */
    public static final int DAYS_AFTER_PERIOD_END = 7;

    /** The most assessment periods {@link #forPeriods} will work out at once. */
    public static final int MAX_PERIODS = 36;

    // ---- assumptions whose text never changes: one record each, shared by every calculation ----

    private static final Assumption CLAIM_DATE_IS_FIRST_DATE_OF_ENTITLEMENT = new Assumption(
            "timing.claim_date_is_first_date_of_entitlement", AssumptionSource.DEFAULTED,
            "The date of claim is taken as the first date of entitlement. It can differ, for example when the "
                    + "time for claiming is extended and entitlement starts earlier (SI 2013/380 reg 26), or when "
                    + "the claim is not complete on the day it is started.");

    private static final Assumption PAYMENT_ON_SEVENTH_DAY = new Assumption(
            "timing.payment_on_seventh_day", AssumptionSource.UNCONFIRMED_RULE,
            "SI 2013/380 reg 47(2) requires payment within seven days of the period's last day (or as soon as "
                    + "reasonably practicable after, when that is not possible). Paying on the seventh day, or on "
                    + "the last working day before it when that is a weekend or bank holiday, is DWP's published "
                    + "practice rather than regulation text.");

    private static final Assumption PAID_BY_CREDIT_TRANSFER = new Assumption(
            "timing.paid_by_credit_transfer", AssumptionSource.DEFAULTED,
            "Payment is into a bank, building society or credit union account (SI 2013/380 reg 46), the case "
                    + "reg 47(2) covers, and is paid monthly for the whole assessment period.");

    private static final Assumption SCOTLAND_MONTHLY_PAYMENT = new Assumption(
            "timing.scotland_monthly_payment", AssumptionSource.DEFAULTED,
            "Paid monthly. A claimant in Scotland may choose twice-monthly payment under the Universal Credit "
                    + "(Claims and Payments) (Scotland) Regulations 2017 (SSI 2017/227); those dates are not "
                    + "worked out here.");

    private static final Assumption NORTHERN_IRELAND_PAYMENT_FREQUENCY = new Assumption(
            "timing.northern_ireland_payment_frequency", AssumptionSource.UNCONFIRMED_RULE,
            "Worked out on the monthly timetable above. In Northern Ireland Universal Credit is normally paid "
                    + "twice a month unless the claimant asks for monthly payment (House of Commons Northern "
                    + "Ireland Affairs Committee, Welfare Policy in Northern Ireland, 2019, para 89); the "
                    + "Northern Ireland payment regulations (SR 2016/220) were not read, so treat this date as "
                    + "the date of a monthly payment only.");

    private UcPaymentTiming() {
    }

    /**
     * The expected payment date for one assessment period.
     *
     * @throws dev.hearth.domain.validation.InvalidInputException with every violation: {@code period} or
     *         {@code nation} missing ({@code required}); {@code period} with {@code calendar_not_available} when the
     *         payment date falls outside the years whose bank holidays are held
     */
    public static PaymentTiming forPeriod(AssessmentPeriod period, Nation nation) {
        Violations v = new Violations();
        v.require(period != null, "period", "required", "an assessment period is required");
        v.require(nation != null, "nation", "required", "the nation the claimant lives in is required");
        v.throwIfAny();
        return compute(period, nation);
    }

    /**
     * Expected payment dates for {@code count} consecutive assessment periods starting with {@code first} (each next
     * period from {@link AssessmentPeriod#next()}), e.g. for a three-month rent timeline.
     *
     * @throws dev.hearth.domain.validation.InvalidInputException as {@link #forPeriod}, and {@code count} outside 1 to
     *         {@value #MAX_PERIODS} ({@code out_of_range})
     */
    public static List<PaymentTiming> forPeriods(AssessmentPeriod first, int count, Nation nation) {
        Violations v = new Violations();
        v.require(first != null, "period", "required", "an assessment period is required");
        v.require(nation != null, "nation", "required", "the nation the claimant lives in is required");
        v.require(count >= 1 && count <= MAX_PERIODS, "count", "out_of_range",
                "the number of periods must be between 1 and " + MAX_PERIODS);
        v.throwIfAny();
        List<PaymentTiming> out = new ArrayList<>(count);
        AssessmentPeriod period = first;
        for (int i = 0; i < count; i++) {
            out.add(compute(period, nation));
            period = period.next();
        }
        return List.copyOf(out);
    }

    /**
     * A new claim: the first assessment period and the first expected payment (the "five-week wait"), assuming the
     * claim date is the first date of entitlement (recorded as a {@link AssumptionSource#DEFAULTED} assumption).
     * Example (uk-rules.md §1.6): a claim on 8 March gives a first period of 8 March to 7 April and a payment on
     * 14 April.
     *
     * @throws dev.hearth.domain.validation.InvalidInputException {@code claimDate} or {@code nation} missing or out of
     *         range; {@code period} with {@code calendar_not_available} outside the covered years
     */
    public static NewClaimTiming forNewClaim(LocalDate claimDate, Nation nation) {
        Violations v = new Violations();
        if (claimDate == null) {
            v.add("claimDate", "required", "the date of claim is required");
        } else if (claimDate.isBefore(AssessmentPeriod.EARLIEST)) {
            v.add("claimDate", "before_universal_credit_began", "the date is before Universal Credit began on 29 April 2013");
        } else if (claimDate.isAfter(AssessmentPeriod.LATEST)) {
            v.add("claimDate", "date_out_of_range", "the date is too far in the future");
        }
        v.require(nation != null, "nation", "required", "the nation the claimant lives in is required");
        v.throwIfAny();

        AssessmentPeriod first = AssessmentPeriod.startingOn(claimDate);
        PaymentTiming payment = compute(first, nation);
        long days = ChronoUnit.DAYS.between(claimDate, payment.paymentDate());

        ExplanationBuilder explanation = new ExplanationBuilder(TimingRules.RULESET_VERSION);
        explanation.step(TimingRules.ASSESSMENT_PERIOD_MONTHLY,
                "The first assessment period begins on the first date of entitlement (taken as the claim date) and "
                        + "lasts one month, ending the day before the next period begins",
                List.of(Fact.of("claim date", day(claimDate)), Fact.of("cycle day", first.cycleDay())),
                first);
        int cycleDay = first.cycleDay();
        if (cycleDay >= 29) {
            LocalDate nextStart = first.end().plusDays(1);
            explanation.step(TimingRules.ASSESSMENT_PERIOD_LATE_MONTH_START,
                    cycleDay == 31
                            ? "The claim began on the 31st, so each later period begins on the last day of its month"
                            : "The claim began on the " + cycleDay + "th, so each later period begins on that day, "
                                    + "except in February (the 27th, or the 28th in a leap year)",
                    List.of(Fact.of("cycle day", cycleDay), Fact.of("next period begins", day(nextStart))),
                    "first period ends " + day(first.end()));
        }
        explanation.include(payment.explanation());
        explanation.step(TimingRules.NEW_CLAIM_FIRST_PAYMENT,
                "The first payment is expected after the first assessment period and the seven days that follow it",
                List.of(Fact.of("claim date", day(claimDate)), Fact.of("first payment", day(payment.paymentDate()))),
                days + " days after the claim (" + weeksAndDays(days) + ")");
        explanation.assume(CLAIM_DATE_IS_FIRST_DATE_OF_ENTITLEMENT);
        return new NewClaimTiming(claimDate, first, payment, days, explanation.build());
    }

    private static PaymentTiming compute(AssessmentPeriod period, Nation nation) {
        BankHolidayDivision division = BankHolidayDivision.of(nation);
        LocalDate nominal = period.end().plusDays(DAYS_AFTER_PERIOD_END);
        Walk walk = walkBack(nominal, division);
        LocalDate payment = walk.date();
        List<String> reasons = walk.reasons();
        List<BankHolidayCalendar> consulted = walk.consulted();

        ExplanationBuilder explanation = new ExplanationBuilder(TimingRules.RULESET_VERSION, 2);
        explanation.step(TimingRules.PAYMENT_SEVEN_DAYS_AFTER_PERIOD, () -> StepText.of(
                "Paid monthly in arrears within seven days of the last day of the assessment period: expected on the "
                        + "seventh day after it ends",
                List.of(Fact.of("assessment period", period), Fact.of("last day of period", day(period.end()))),
                day(nominal)));
        explanation.step(TimingRules.PAYMENT_LAST_WORKING_DAY_BEFORE, () -> {
            List<Fact> inputs = new ArrayList<>(2 + reasons.size());
            inputs.add(Fact.of("nation", nation + " (bank holidays of " + division.displayName() + ")"));
            inputs.add(Fact.of("expected date", day(nominal)));
            for (String reason : reasons) {
                inputs.add(Fact.of("passed over", reason));
            }
            return StepText.of(reasons.isEmpty()
                            ? "The expected date is a working day in " + division.displayName() + ", so it stands"
                            : "The expected date is not a working day in " + division.displayName()
                                    + ", so payment moves to the last working day before it",
                    inputs, day(payment));
        });

        explanation.assume(PAYMENT_ON_SEVENTH_DAY);
        explanation.assume(PAID_BY_CREDIT_TRANSFER);
        if (nation == Nation.SCOTLAND) {
            explanation.assume(SCOTLAND_MONTHLY_PAYMENT);
        }
        if (nation == Nation.NORTHERN_IRELAND) {
            explanation.assume(NORTHERN_IRELAND_PAYMENT_FREQUENCY);
        }
        if (division != BankHolidayDivision.ENGLAND_AND_WALES) {
            LocalDate englandAndWales = walkBack(nominal, BankHolidayDivision.ENGLAND_AND_WALES).date();
            if (englandAndWales.isAfter(payment)) {
                explanation.assume("timing.regional_bank_holiday", AssumptionSource.UNCONFIRMED_RULE,
                        "The payment was brought forward for a bank holiday of " + division.displayName()
                                + " that England and Wales do not have. Whether Universal Credit is moved for such a "
                                + "day is not confirmed: for a Scotland-only substitute holiday (3 January 2023) the "
                                + "Daily Record reported that Universal Credit due that day \"will be paid on that "
                                + "date\". If so, this payment arrives later, on " + day(englandAndWales) + ".");
            } else if (englandAndWales.isBefore(payment)) {
                explanation.assume("timing.regional_bank_holiday", AssumptionSource.UNCONFIRMED_RULE,
                        "The expected date is a bank holiday in England and Wales but not in "
                                + division.displayName() + ". Payments by bank transfer may still be brought forward "
                                + "because banks clear on the England and Wales calendar; if so, this payment arrives "
                                + "earlier, on " + day(englandAndWales) + ".");
            }
        }
        for (int calendarIndex = 0; calendarIndex < consulted.size(); calendarIndex++) { // by index: no iterator object
            BankHolidayCalendar calendar = consulted.get(calendarIndex);
            if (calendar.status() == CalendarStatus.PROVISIONAL) {
                explanation.assume("timing.bank_holidays_provisional_" + calendar.year(),
                        AssumptionSource.UNCONFIRMED_RULE,
                        "The " + calendar.year() + " bank holidays for " + division.displayName() + " are provisional: "
                                + calendar.note() + ".");
            }
        }
        return new PaymentTiming(period, nominal, payment, reasons, explanation.build());
    }

    /** The result of walking back from a nominal date to the last working day on or before it. */
    private record Walk(LocalDate date, List<String> reasons, List<BankHolidayCalendar> consulted) {
    }

    private static Walk walkBack(LocalDate nominal, BankHolidayDivision division) {
        DayTable table = DayTable.of(division, nominal);
        BankHolidayCalendar nominalYear = table.calendar();
        BankHolidayCalendar earlierYear = null; // walking back, the year only ever changes to an earlier one
        List<String> reasons = null; // most expected dates are working days: no list then
        LocalDate date = nominal;
        while (true) {
            if (date.getYear() != table.calendar().year()) {
                table = DayTable.of(division, date);
                earlierYear = table.calendar();
            }
            String reason = table.passedOver()[date.getDayOfYear() - 1];
            if (reason == null) {
                // The calendars in the order first consulted, one per year.
                List<BankHolidayCalendar> consulted = earlierYear == null
                        ? List.of(nominalYear) : List.of(nominalYear, earlierYear);
                return new Walk(date, reasons == null ? List.of() : List.copyOf(reasons), consulted);
            }
            if (reasons == null) {
                reasons = new ArrayList<>(3);
            }
            reasons.add(reason);
            date = date.minusDays(1);
        }
    }

    /**
     * One bank-holiday calendar laid out by day of the year: for each day, the reason it is passed over ("2026-06-20
     * (Saturday) is a weekend day", or "... is a bank holiday in England and Wales: Christmas Day"), or {@code null}
     * for a working day. The text depends only on the date and the calendar, so every calendar's table is written once
     * when the class loads, and a payment date is found by index rather than by searching the holiday list.
     */
    private record DayTable(BankHolidayCalendar calendar, String[] passedOver) {

        /** The tables by division, then by year from {@link BankHolidays#FIRST_YEAR}. */
        private static final DayTable[][] TABLES =
                new DayTable[BankHolidayDivision.values().length][BankHolidays.LAST_YEAR - BankHolidays.FIRST_YEAR + 1];

        static {
            for (BankHolidayCalendar calendar : BankHolidays.all()) {
                int year = calendar.year() - BankHolidays.FIRST_YEAR;
                if (year >= 0 && year < TABLES[0].length) {
                    TABLES[calendar.division().ordinal()][year] = of(calendar);
                }
            }
        }

        /**
         * The table for the year of {@code date}.
         *
         * @throws dev.hearth.domain.validation.InvalidInputException field {@code period}, code
         *         {@code calendar_not_available}, when that year's bank holidays are not held
         */
        static DayTable of(BankHolidayDivision division, LocalDate date) {
            int year = date.getYear() - BankHolidays.FIRST_YEAR;
            DayTable[] byYear = TABLES[division.ordinal()];
            DayTable table = year >= 0 && year < byYear.length ? byYear[year] : null;
            // Not held: the calendar look-up refuses the year, as it always has.
            return table != null ? table : of(BankHolidays.calendar(division, date, "period"));
        }

        private static DayTable of(BankHolidayCalendar calendar) {
            LocalDate first = LocalDate.of(calendar.year(), 1, 1);
            String[] passedOver = new String[first.lengthOfYear()];
            for (int i = 0; i < passedOver.length; i++) {
                LocalDate date = first.plusDays(i);
                if (BankHolidays.isWeekend(date)) {
                    passedOver[i] = day(date) + " is a weekend day";
                } else {
                    BankHoliday holiday = calendar.holidayAt(date);
                    if (holiday != null) {
                        passedOver[i] = day(date) + " is a bank holiday in " + calendar.division().displayName()
                                + ": " + holiday.name();
                    }
                }
            }
            return new DayTable(calendar, passedOver);
        }
    }

    /** A date as shown in explanations: ISO date and day of the week, e.g. {@code 2026-04-14 (Tuesday)}. */
    static String day(LocalDate date) {
        return date + " (" + DAY_NAMES[date.getDayOfWeek().ordinal()] + ")";
    }

    /** Monday to Sunday as written in explanations: the enum name with only its first letter in capitals. */
    private static final String[] DAY_NAMES = new String[7];

    static {
        for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
            String name = d.name();
            DAY_NAMES[d.ordinal()] = name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
        }
    }

    private static String weeksAndDays(long days) {
        long weeks = days / 7;
        long rest = days % 7;
        return weeks + (weeks == 1 ? " week" : " weeks") + (rest == 0 ? "" : " and " + rest + (rest == 1 ? " day" : " days"));
    }
}
