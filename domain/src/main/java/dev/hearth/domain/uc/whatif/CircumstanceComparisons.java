package dev.hearth.domain.uc.whatif;

import dev.hearth.domain.explain.ExplanationBuilder;
import dev.hearth.domain.explain.Fact;
import dev.hearth.domain.money.Pence;
import dev.hearth.domain.timing.AssessmentPeriod;
import dev.hearth.domain.uc.UcElement;
import dev.hearth.domain.uc.UcEstimate;
import dev.hearth.domain.uc.UcEstimateRequest;
import dev.hearth.domain.uc.UniversalCredit;
import dev.hearth.domain.validation.InvalidInputException;
import dev.hearth.domain.validation.Violation;
import dev.hearth.domain.validation.Violations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Changes of circumstances: "what changes if a partner moves in, or when the baby arrives?" For each changed version of
 * the household, the assessment period in which the change takes effect under D&amp;A Regs Sch 1 and the difference,
 * line by line, between the household as it is and as changed, both estimated by the Universal Credit engine for that
 * period (so up-rating between now and then is not mistaken for the change).
 *
 * <p>Effective dates: the general rule is the first day of the assessment period in which the change happens (para 20,
 * {@link WhatIfRules#CHANGE_EFFECTIVE_PERIOD}); a change that raises the award but is reported after the end of that
 * period, with no longer period allowed under reg 36, counts from the period in which it is reported (para 21,
 * {@link WhatIfRules#CHANGE_LATE_NOTIFICATION}); a change in another benefit counts from the period in which it happens
 * however it is reported (para 31, {@link WhatIfRules#CHANGE_OTHER_BENEFIT}). The exceptions for reduced employed
 * earnings reported through real time information (para 22) and for limited capability for work decisions (para 23)
 * are not modelled: the catalogue says so.
 */
public final class CircumstanceComparisons {

    private CircumstanceComparisons() {
    }

    /** Compares the household now with each changed version. */
    public static CircumstancesComparison compare(CircumstancesComparisonRequest request) {
        validate(request);
        UcEstimateRequest current = request.current();
        UcEstimate now = UniversalCredit.estimate(current);
        LocalDate cycleStart = current.assessmentPeriodStart();
        List<ChangeOutcome> outcomes = new ArrayList<>(request.changes().size());
        for (int i = 0; i < request.changes().size(); i++) {
            outcomes.add(outcome(request.changes().get(i), current, cycleStart, "changes[" + i + "]."));
        }
        return new CircumstancesComparison(now, outcomes);
    }

    private static ChangeOutcome outcome(CircumstanceChange change, UcEstimateRequest current, LocalDate cycleStart,
                                         String path) {
        ExplanationBuilder explain = new ExplanationBuilder(WhatIfRules.RULESET_VERSION, 4);
        AssessmentPeriod ofChange = AssessmentPeriod.containing(cycleStart, change.occursOn());
        UcEstimate beforeAtChange = estimate(current.withAssessmentPeriodStart(ofChange.start()), path + "occursOn");
        UcEstimate afterAtChange = estimate(change.changed().withAssessmentPeriodStart(ofChange.start()),
                path + "changed.");
        boolean advantageous = afterAtChange.awardPence().isGreaterThan(beforeAtChange.awardPence());
        explain.step(WhatIfRules.CHANGE_EFFECTIVE_PERIOD, "The change happens in the assessment period " + ofChange
                        + ", so under the general rule it counts from that period's first day",
                List.of(new Fact("change", change.kind().description()),
                        new Fact("happens on", change.occursOn().toString()),
                        new Fact("claim's assessment periods start on", "day " + ofChange.cycleDay() + " of the month")),
                ofChange.start().toString());

        AssessmentPeriod effective = ofChange;
        String rule = WhatIfRules.CHANGE_EFFECTIVE_PERIOD.id();
        boolean reportedLate = change.reportedOn() != null && change.reportedOn().isAfter(ofChange.end());
        if (change.kind() == ChangeKind.OTHER_BENEFIT) {
            rule = WhatIfRules.CHANGE_OTHER_BENEFIT.id();
            explain.step(WhatIfRules.CHANGE_OTHER_BENEFIT, "A change in another benefit counts from the first day of "
                            + "the assessment period in which it happens, however late it is reported",
                    List.of(new Fact("reported", reportedLate ? "after the period ended, on " + change.reportedOn()
                            : "in time")),
                    ofChange.start().toString());
        } else if (reportedLate && advantageous && !change.lateReportAccepted()) {
            effective = AssessmentPeriod.containing(cycleStart, change.reportedOn());
            rule = WhatIfRules.CHANGE_LATE_NOTIFICATION.id();
            AssessmentPeriod reported = effective;
            explain.step(WhatIfRules.CHANGE_LATE_NOTIFICATION, "The change raises the award and was reported after "
                            + "the end of the period it happened in, with no longer period allowed, so it counts from "
                            + "the first day of the period in which it was reported",
                    List.of(new Fact("reported on", change.reportedOn().toString()),
                            new Fact("period of the report", reported.toString()),
                            new Fact("award before and after the change, in the period it happened",
                                    beforeAtChange.awardPence() + " and " + afterAtChange.awardPence())),
                    reported.start().toString());
        } else if (reportedLate) {
            explain.step(WhatIfRules.CHANGE_LATE_NOTIFICATION, advantageous
                            ? "Reported late, but a longer period for reporting was allowed, so the general rule stands"
                            : "Reported late, but the change does not raise the award, so it still counts from the period "
                            + "it happened in",
                    List.of(new Fact("reported on", change.reportedOn().toString()),
                            new Fact("longer period allowed (reg 36)", change.lateReportAccepted() ? "yes" : "no")),
                    ofChange.start().toString());
        }

        UcEstimate before = effective == ofChange ? beforeAtChange
                : estimate(current.withAssessmentPeriodStart(effective.start()), path + "reportedOn");
        UcEstimate after = effective == ofChange ? afterAtChange
                : estimate(change.changed().withAssessmentPeriodStart(effective.start()), path + "changed.");
        List<ComparisonLine> lines = lines(before, after);
        Pence difference = after.awardPence().minus(before.awardPence());
        explain.step(WhatIfRules.CHANGE_COMPARISON, "The household as it is and as changed, both estimated for the "
                        + "assessment period " + effective + ", compared line by line",
                List.of(new Fact("award as it is", before.awardPence().toString()),
                        new Fact("award with the change", after.awardPence().toString()),
                        new Fact("lines that differ", Integer.toString(lines.size() - 2))),
                "award " + (difference.isNegative() ? "falls by " + difference.negate() : "rises by " + difference));
        return new ChangeOutcome(change.label(), change.kind(), effective.start(), effective.end(), rule, advantageous,
                lines, before, after, explain.build());
    }

    private static UcEstimate estimate(UcEstimateRequest request, String path) {
        try {
            return UniversalCredit.estimate(request);
        } catch (InvalidInputException e) {
            if (path.endsWith(".")) {
                throw EarningsCurves.prefixed(path, e);
            }
            // the facts were valid for one period but not another: only the period can be at fault (rates not held)
            List<Violation> moved = new ArrayList<>();
            for (Violation violation : e.violations()) {
                moved.add(new Violation(path, violation.code(), violation.message()));
            }
            throw new InvalidInputException(moved);
        }
    }

    /** The lines that differ, then the award and the payment. */
    static List<ComparisonLine> lines(UcEstimate before, UcEstimate after) {
        List<ComparisonLine> lines = new ArrayList<>();
        add(lines, "maximum amount", before.maximumAmountPence(), after.maximumAmountPence(), false);
        for (UcElement element : UcElement.values()) {
            add(lines, element.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), before.total(element),
                    after.total(element), false);
        }
        add(lines, "earned income", before.meansTest() == null ? Pence.ZERO : before.meansTest().earnedIncomePence(),
                after.meansTest() == null ? Pence.ZERO : after.meansTest().earnedIncomePence(), false);
        add(lines, "work allowance", before.meansTest() == null ? Pence.ZERO : before.meansTest().workAllowancePence(),
                after.meansTest() == null ? Pence.ZERO : after.meansTest().workAllowancePence(), false);
        add(lines, "earnings deduction",
                before.meansTest() == null ? Pence.ZERO : before.meansTest().earningsReductionPence(),
                after.meansTest() == null ? Pence.ZERO : after.meansTest().earningsReductionPence(), false);
        add(lines, "unearned income", before.meansTest() == null ? Pence.ZERO : before.meansTest().unearnedIncomePence(),
                after.meansTest() == null ? Pence.ZERO : after.meansTest().unearnedIncomePence(), false);
        add(lines, "tariff income", before.meansTest() == null ? Pence.ZERO : before.meansTest().tariffIncomePence(),
                after.meansTest() == null ? Pence.ZERO : after.meansTest().tariffIncomePence(), false);
        add(lines, "award before the benefit cap", before.awardBeforeCapPence(), after.awardBeforeCapPence(), false);
        add(lines, "benefit cap reduction", before.benefitCap().reductionPence(), after.benefitCap().reductionPence(),
                false);
        add(lines, "deductions", before.totalDeductionsPence(), after.totalDeductionsPence(), false);
        add(lines, "award", before.awardPence(), after.awardPence(), true);
        add(lines, "payment", before.paymentPence(), after.paymentPence(), true);
        return lines;
    }

    private static void add(List<ComparisonLine> lines, String line, Pence before, Pence after, boolean always) {
        if (always || !before.equals(after)) {
            lines.add(new ComparisonLine(line, before, after, after.minus(before)));
        }
    }

    private static void validate(CircumstancesComparisonRequest request) {
        if (request == null) {
            throw new InvalidInputException(List.of(new Violation("request", "required", "a request is required")));
        }
        Violations v = new Violations();
        if (request.current() == null) {
            v.add("current", "required", "the household's facts now are required");
        }
        if (request.changes() == null || request.changes().isEmpty()) {
            v.add("changes", "required", "at least one changed version is required");
        } else if (request.changes().size() > WhatIfRules.MAX_CHANGES) {
            v.add("changes", "too_many_changes", "at most " + WhatIfRules.MAX_CHANGES + " changes can be compared at once");
        } else {
            for (int i = 0; i < request.changes().size(); i++) {
                CircumstanceChange change = request.changes().get(i);
                String path = "changes[" + i + "].";
                if (change == null) {
                    v.add("changes[" + i + "]", "required", "a change is required");
                    continue;
                }
                v.require(change.kind() != null, path + "kind", "required", "what changes is required");
                v.require(change.changed() != null, path + "changed", "required",
                        "the household's facts after the change are required");
                if (change.occursOn() == null) {
                    v.add(path + "occursOn", "required", "the day of the change is required");
                } else if (request.current() != null && request.current().assessmentPeriodStart() != null
                        && change.occursOn().isBefore(request.current().assessmentPeriodStart())) {
                    v.add(path + "occursOn", "before_current_period",
                            "the change must happen on or after the current assessment period's first day");
                } else if (change.occursOn().getYear() > 9000) {
                    v.add(path + "occursOn", "out_of_range", "the day of the change is too far in the future");
                }
                if (change.reportedOn() != null && change.occursOn() != null
                        && change.reportedOn().isBefore(change.occursOn())) {
                    v.add(path + "reportedOn", "before_change", "a change cannot be reported before it happens");
                } else if (change.reportedOn() != null && change.reportedOn().getYear() > 9000) {
                    v.add(path + "reportedOn", "out_of_range", "the report date is too far in the future");
                }
            }
        }
        if (request.current() != null) {
            try {
                UniversalCredit.estimate(request.current());
            } catch (InvalidInputException e) {
                for (Violation violation : EarningsCurves.prefixed("current.", e).violations()) {
                    v.add(violation.field(), violation.code(), violation.message());
                }
            }
        }
        v.throwIfAny();
    }
}
