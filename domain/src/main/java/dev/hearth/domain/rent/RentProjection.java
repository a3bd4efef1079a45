package dev.hearth.domain.rent;

import dev.hearth.domain.explain.ExplanationBuilder;
import dev.hearth.domain.money.Pence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code rent.timeline}: rent due, UC housing payments and the tenant's own payments projected day by day from the
 * assessment date to the horizon, rent first on a shared day (so the balance shown is the day's highest), keeping a
 * running balance. The possession threshold ({@link Ground8Threshold}) is checked on the assessment date, after every
 * event, and on the day the Renters' Rights Act 2025 came into force ({@link Ground8Version#RRA_COMMENCEMENT}).
 */
final class RentProjection {

    /** Looking back further than this many rent periods for the last UC payment is never needed (a guard). */
    private static final int MAX_PERIODS_BACK = 400;

    /** One projected event. */
    record Event(LocalDate date, TimelineEvent kind, Pence amount) {
    }

    /**
     * @param timeline  the events before {@link RentCase#timelineEnd()} with the running balance
     * @param threshold the possession threshold answer
     */
    record Projection(List<TimelineEntry> timeline, PossessionThreshold threshold) {
    }

    private RentProjection() {
    }

    /** Every event to the horizon, in date order, rent first on a shared day. */
    static List<Event> events(RentCase c, List<LocalDate> ucDates) {
        List<Event> events = new ArrayList<>();
        for (int k = 0; ; k++) {
            LocalDate due = RentCase.step(c.request().nextRentDueDate(), c.frequency(), k);
            if (due.isAfter(c.horizon())) {
                break;
            }
            events.add(new Event(due, TimelineEvent.RENT_DUE, c.rent()));
            if (c.tenantPayment().isPositive()) {
                events.add(new Event(due, TimelineEvent.TENANT_PAYMENT, c.tenantPayment()));
            }
        }
        if (c.housing().isPositive()) {
            for (LocalDate d : ucDates) {
                events.add(new Event(d, TimelineEvent.UC_HOUSING_PAYMENT, c.housing()));
            }
        }
        events.sort(Comparator.comparing(Event::date).thenComparing(e -> e.kind().ordinal()));
        return events;
    }

    /** Runs the balance through the events, checking the possession threshold as it goes. */
    static Projection project(RentCase c, List<Event> events, Pence monthlyRent, ExplanationBuilder explanation) {
        List<TimelineEntry> timeline = new ArrayList<>();
        Pence balance = c.request().arrearsPence();
        Pence dueSinceUc = dueSinceLastUcBeforeStart(c, events);
        Ground8Threshold ground8 = new Ground8Threshold(c, explanation, dueSinceUc);
        PossessionThreshold result = ground8.onAssessmentDate(balance, dueSinceUc);
        LocalDate commencement = Ground8Version.RRA_COMMENCEMENT;
        boolean commencementChecked = !c.date().isBefore(commencement);
        for (Event e : events) {
            if (result == null && !commencementChecked && e.date().isAfter(commencement)) {
                commencementChecked = true;
                result = ground8.onDay(commencement, balance, dueSinceUc);
            }
            switch (e.kind()) {
                case RENT_DUE -> {
                    balance = balance.plus(e.amount());
                    dueSinceUc = dueSinceUc.plus(e.amount());
                }
                case UC_HOUSING_PAYMENT -> {
                    balance = balance.minus(e.amount());
                    dueSinceUc = Pence.ZERO;
                }
                case TENANT_PAYMENT -> balance = balance.minus(e.amount());
            }
            if (e.date().isBefore(c.timelineEnd())) {
                timeline.add(new TimelineEntry(e.date(), e.kind(), e.amount(), balance));
            }
            if (result == null) {
                if (!e.date().isBefore(commencement)) {
                    commencementChecked = true;
                }
                result = ground8.onDay(e.date(), balance, dueSinceUc);
            }
        }
        if (result == null) {
            result = ground8.notReachedWithinHorizon(balance, monthlyRent);
        }
        return new Projection(timeline, result);
    }

    /**
     * Rent fallen due after the last UC payment before the assessment date (taken as one month before the first
     * projected payment), for the amended Ground 8's UC disregard; the arrears given are taken to include it.
     */
    static Pence dueSinceLastUcBeforeStart(RentCase c, List<Event> events) {
        LocalDate firstUc = events.stream().filter(e -> e.kind() == TimelineEvent.UC_HOUSING_PAYMENT)
                .map(Event::date).findFirst().orElse(null);
        if (firstUc == null) {
            return Pence.ZERO;
        }
        LocalDate previousUc = firstUc.minusMonths(1);
        Pence due = Pence.ZERO;
        for (int k = 1; k < MAX_PERIODS_BACK; k++) {
            LocalDate d = RentCase.step(c.request().nextRentDueDate(), c.frequency(), -k);
            if (!d.isAfter(previousUc)) {
                break;
            }
            if (d.isBefore(c.date())) {
                due = due.plus(c.rent());
            }
        }
        return due;
    }
}
