package dev.hearth.domain.rent;

import dev.hearth.domain.explain.AssumptionSource;
import dev.hearth.domain.explain.ExplanationBuilder;
import dev.hearth.domain.explain.Fact;
import dev.hearth.domain.place.Nation;
import dev.hearth.domain.timing.AssessmentPeriod;
import dev.hearth.domain.timing.BankHolidays;
import dev.hearth.domain.timing.PaymentTiming;
import dev.hearth.domain.timing.UcPaymentTiming;
import dev.hearth.domain.validation.InvalidInputException;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code rent.uc_payment_dates} and {@code rent.uc_gap}: when Universal Credit is paid, and how many days after the
 * next rent due date the first payment on or after it comes.
 *
 * <p>From an assessment period, each payment date comes from the payment-timing engine (SI 2013/380 reg 47: seven days
 * after the period ends, moved to the last working day before a weekend or bank holiday; its own {@code timing.*}
 * steps are included once). From a supplied next payment date, later payments are taken to fall on the same day of
 * each later month (Hearth's stated simplification [D], recorded as an INFERRED assumption).
 */
final class UcPaymentDates {

    private UcPaymentDates() {
    }

    /** The UC payment dates from the assessment date to the projection horizon (none without UC dates given). */
    static List<LocalDate> dates(RentCase c, ExplanationBuilder explanation) {
        RentRiskRequest r = c.request();
        if (r.ucPaymentDate() != null) {
            return fromNextPaymentDate(c, explanation);
        }
        if (r.ucAssessmentPeriodStartDate() != null) {
            return fromAssessmentPeriods(c, explanation);
        }
        return new ArrayList<>();
    }

    private static List<LocalDate> fromNextPaymentDate(RentCase c, ExplanationBuilder explanation) {
        LocalDate next = c.request().ucPaymentDate();
        List<LocalDate> dates = new ArrayList<>();
        for (int k = 0; !next.plusMonths(k).isAfter(c.horizon()); k++) {
            dates.add(next.plusMonths(k));
        }
        explanation.step(RentRiskRules.UC_PAYMENT_DATES, "Universal Credit is paid monthly: the supplied next "
                        + "payment date, then the same day of each later month",
                List.of(Fact.of("next payment (supplied)", next)), describeDates(c, dates));
        if (c.request().nation() == Nation.SCOTLAND) {
            explanation.assume("rent.scottish_choices", AssumptionSource.DEFAULTED,
                    "In Scotland Universal Credit can be paid twice a month and the housing element paid "
                            + "direct to the landlord (Scottish choices); the projection assumes one monthly "
                            + "payment, with the housing element reaching the rent on the payment date.");
        }
        explanation.assume("rent.uc_same_day_each_month", AssumptionSource.INFERRED,
                "Later Universal Credit payments are taken to fall on the same day of the month as the next "
                        + "one. A weekend or bank holiday brings a payment forward to the last working day "
                        + "before, so a real payment can be a few days earlier, never later.");
        return dates;
    }

    /**
     * Walks the assessment periods from about two months before the assessment date. Beyond the bank-holiday calendar
     * the payment is taken as the seventh day after the period, unmoved, and that is recorded as an assumption.
     */
    private static List<LocalDate> fromAssessmentPeriods(RentCase c, ExplanationBuilder explanation) {
        RentRiskRequest r = c.request();
        LocalDate date = c.date();
        LocalDate anyStart = r.ucAssessmentPeriodStartDate();
        AssessmentPeriod period = AssessmentPeriod.containing(anyStart, later(anyStart, date.minusMonths(2)));
        List<LocalDate> dates = new ArrayList<>();
        boolean first = true;
        List<Integer> nominalYears = new ArrayList<>();
        while (true) {
            LocalDate paid;
            try {
                PaymentTiming timing = UcPaymentTiming.forPeriod(period, r.nation());
                paid = timing.paymentDate();
                if (first && !paid.isBefore(date)) {
                    explanation.include(timing.explanation());
                    first = false;
                }
            } catch (InvalidInputException e) {
                boolean calendar = e.violations().stream()
                        .anyMatch(x -> x.code().equals(BankHolidays.CALENDAR_NOT_AVAILABLE));
                if (!calendar) {
                    throw e;
                }
                paid = period.end().plusDays(UcPaymentTiming.DAYS_AFTER_PERIOD_END);
                if (!nominalYears.contains(paid.getYear())) {
                    nominalYears.add(paid.getYear());
                }
            }
            if (paid.isAfter(c.horizon())) {
                break;
            }
            if (!paid.isBefore(date)) {
                dates.add(paid);
            }
            period = period.next();
        }
        explanation.step(RentRiskRules.UC_PAYMENT_DATES, "Universal Credit payment dates from the assessment "
                        + "periods, through the payment-timing engine",
                List.of(Fact.of("an assessment period began", anyStart), Fact.of("cycle day", anyStart.getDayOfMonth())),
                describeDates(c, dates));
        if (!nominalYears.isEmpty()) {
            explanation.assume("rent.uc_dates_beyond_bank_holiday_calendar", AssumptionSource.UNCONFIRMED_RULE,
                    "Bank holidays are held only for " + BankHolidays.FIRST_YEAR + " to "
                            + BankHolidays.LAST_YEAR + "; projected payments in " + nominalYears
                            + " use the seventh day after the period without moving for weekends or holidays.");
        }
        return dates;
    }

    private static String describeDates(RentCase c, List<LocalDate> dates) {
        List<LocalDate> shown = dates.stream().filter(d -> d.isBefore(c.timelineEnd())).toList();
        return shown.isEmpty() ? "no payment in the timeline" : "in the timeline: " + shown;
    }

    /** {@code rent.uc_gap}: days from the next rent due date to the first UC payment on or after it, or null. */
    static Integer gap(RentCase c, List<LocalDate> ucDates, ExplanationBuilder explanation) {
        LocalDate due = c.request().nextRentDueDate();
        LocalDate paid = ucDates.stream().filter(d -> !d.isBefore(due)).findFirst().orElse(null);
        if (paid == null) {
            return null;
        }
        int days = (int) ChronoUnit.DAYS.between(due, paid);
        explanation.step(RentRiskRules.UC_GAP, "Days from the next rent due date to the first UC payment on or "
                        + "after it",
                List.of(Fact.of("rent due", due), Fact.of("UC paid", paid)), days + " days");
        return days;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
