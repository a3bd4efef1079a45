package dev.hearth.domain.debt;

import dev.hearth.domain.explain.ExplanationBuilder;
import dev.hearth.domain.explain.Fact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rules {@code debt.enforcement.stale} and {@code debt.enforcement.urgency}: each debt's enforcement events (the single
 * {@code enforcement} and the {@code enforcementEvents} list) are read against {@link EnforcementLadder}. An event that
 * has aged out under its rule no longer counts. Of the rest, the one deciding the debt's urgency is the next
 * irreversible step: an emergency when it can happen within the emergency window (or already can) and would take the
 * home, liberty, an essential supply or goods (severity at least {@link EnforcementLadder#EMERGENCY_MINIMUM_SEVERITY});
 * among the steps of the same kind (emergency or not), the most severe, then the earliest.
 *
 * @param level        emergency, under way, or none
 * @param deciding     the event that decides it, or null
 * @param severity     the severity of its next step (0 when none)
 * @param nextStep     that step in plain English, or null
 * @param nextStepDate the first day it can happen (never before the plan date), or null
 * @param live         every event still counting
 * @param stale        every event that has aged out
 */
record EnforcementAssessment(EnforcementUrgency level, Enforcement deciding, int severity, String nextStep,
                             LocalDate nextStepDate, List<Enforcement> live, List<Enforcement> stale) {

    static final EnforcementAssessment NONE = new EnforcementAssessment(EnforcementUrgency.NONE, null, 0, null, null,
            List.of(), List.of());

    /** One event read against the ladder. */
    private record Read(Enforcement event, EnforcementLadder.Stage stage, LocalDate stepDate, boolean emergency) {
    }

    /** Every event given for the debt, the single field first. */
    static List<Enforcement> events(DebtInput input) {
        List<Enforcement> all = new ArrayList<>();
        if (input.enforcement() != null) {
            all.add(input.enforcement());
        }
        if (input.enforcementEvents() != null) {
            all.addAll(input.enforcementEvents());
        }
        return all;
    }

    /** Assesses one debt on {@code planDate}, explaining each debt that has events. */
    static EnforcementAssessment assess(ClassifiedDebt c, LocalDate planDate, ExplanationBuilder explanation) {
        List<Enforcement> events = events(c.input);
        if (events.isEmpty()) {
            return NONE;
        }
        List<Read> live = new ArrayList<>();
        List<Enforcement> stale = new ArrayList<>();
        LocalDate windowEnd = planDate.plusDays(EnforcementLadder.EMERGENCY_WINDOW_DAYS.value());
        for (Enforcement e : events) {
            EnforcementLadder.Stage stage = EnforcementLadder.stage(e.action());
            boolean past = e.date().isBefore(planDate);
            if (past && (stage.scheduled() ? true : stage.staleAfter().value().staleOn(e.date(), planDate))) {
                stale.add(e);
                explanation.step(DebtRules.ENFORCEMENT_STALE, "An enforcement event on " + c.ref()
                                + " no longer counts",
                        List.of(Fact.of("event", e.action().label() + " on " + e.date()),
                                Fact.of("ages out", stage.scheduled() ? "once its date has passed"
                                        : "after " + stage.staleAfter().value().words()),
                                Fact.of("rule", stage.scheduled() ? "Hearth's stated rule [D]: a hearing or eviction "
                                        + "date that has passed has happened or been adjourned; enter what followed"
                                        : stage.staleAfter().source())),
                        "stale");
                continue;
            }
            LocalDate step = stage.scheduled() ? e.date() : e.date().plusDays(stage.daysToStep().value());
            if (step.isBefore(planDate)) {
                step = planDate;
            }
            live.add(new Read(e, stage, step, !step.isAfter(windowEnd)
                    && stage.severity() >= EnforcementLadder.EMERGENCY_MINIMUM_SEVERITY));
        }
        if (live.isEmpty()) {
            return new EnforcementAssessment(EnforcementUrgency.NONE, null, 0, null, null, List.of(), stale);
        }
        Comparator<Read> order = Comparator.comparing((Read r) -> !r.emergency())
                .thenComparing(EnforcementAssessment::bySeverityThenDate);
        Read deciding = live.stream().sorted(order).findFirst().orElseThrow();
        EnforcementUrgency level = deciding.emergency() ? EnforcementUrgency.EMERGENCY : EnforcementUrgency.UNDER_WAY;
        List<Fact> inputs = new ArrayList<>();
        for (Read r : live) {
            inputs.add(Fact.of(r.event().action().label() + " on " + r.event().date(), "next: "
                    + r.stage().nextStep() + " from " + r.stepDate() + " (severity " + r.stage().severity() + "; "
                    + (r.stage().scheduled() ? "the date set" : r.stage().daysToStep().source()) + ")"));
        }
        inputs.add(Fact.of("emergency window", EnforcementLadder.EMERGENCY_WINDOW_DAYS.value() + " days, to "
                + windowEnd));
        explanation.step(DebtRules.ENFORCEMENT_URGENCY, "Urgency of the enforcement on " + c.ref()
                        + ": the date and severity of its next irreversible step", inputs,
                level + ": " + deciding.stage().nextStep() + " from " + deciding.stepDate());
        return new EnforcementAssessment(level, deciding.event(), deciding.stage().severity(),
                deciding.stage().nextStep(), deciding.stepDate(), live.stream().map(Read::event).toList(), stale);
    }

    private static int bySeverityThenDate(Read a, Read b) {
        int s = Integer.compare(b.stage().severity(), a.stage().severity());
        return s != 0 ? s : a.stepDate().compareTo(b.stepDate());
    }

    boolean underWay() {
        return level != EnforcementUrgency.NONE;
    }

    boolean emergency() {
        return level == EnforcementUrgency.EMERGENCY;
    }

    /** Days from the plan date to the next step (0 when it can happen now). */
    long daysAway(LocalDate planDate) {
        return java.time.temporal.ChronoUnit.DAYS.between(planDate, nextStepDate);
    }
}
