package dev.hearth.domain.uc.whatif;

import dev.hearth.domain.explain.ExplanationBuilder;
import dev.hearth.domain.explain.Fact;
import dev.hearth.domain.money.Pence;
import dev.hearth.domain.uc.BenefitCapException;
import dev.hearth.domain.uc.Claimant;
import dev.hearth.domain.uc.OtherIncome;
import dev.hearth.domain.uc.UcEstimate;
import dev.hearth.domain.uc.UcEstimateRequest;
import dev.hearth.domain.uc.UniversalCredit;
import dev.hearth.domain.validation.InvalidInputException;
import dev.hearth.domain.validation.Violation;
import dev.hearth.domain.validation.Violations;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The earnings curve: "am I better off working more?" answered point by point with the Universal Credit engine itself.
 *
 * <pre>{@code
 * EarningsCurve curve = EarningsCurves.draw(new EarningsCurveRequest(household, 0, Pence.ZERO,
 *         Pence.ofPounds("2500"), Pence.ofPounds("25"), null, null));
 * curve.points();      // earnings, award, earnings kept, net income, the marginal rate and what set it
 * curve.thresholds();  // work allowance, end of entitlement, benefit cap, each to the penny
 * }</pre>
 *
 * <p>Each point is a whole estimate ({@link UniversalCredit#estimate}) of the household with the adult's net earnings
 * set to the point's amount ({@link WhatIfRules#CURVE_POINTS}); no figure is computed here that the engine does not
 * compute. Pure: the same request gives an equal curve. Bad input throws {@link InvalidInputException} naming every
 * violation, the household's own under {@code household.}.
 */
public final class EarningsCurves {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private EarningsCurves() {
    }

    /** Draws the curve the request asks for. */
    public static EarningsCurve draw(EarningsCurveRequest request) {
        long[] earnings = validate(request);
        UcEstimateRequest household = request.household();
        int adult = request.adult();
        UcEstimate first = estimateAt(household, adult, earnings[0]);
        long baseline = netIncome(household, adult, 0, estimateAt(household, adult, 0));

        int n = earnings.length;
        State[] states = new State[n];
        List<CurvePoint> points = new ArrayList<>(n);
        List<CurveThreshold> thresholds = new ArrayList<>();
        ExplanationBuilder explain = new ExplanationBuilder(WhatIfRules.RULESET_VERSION, 48);
        explain.step(WhatIfRules.CURVE_POINTS, "Each point is a whole Universal Credit estimate with claimants["
                        + adult + "]'s net earnings set to the point's amount; the steps below are the first point's, "
                        + "and every point shares them except where a threshold listed after them is crossed",
                List.of(new Fact("earnings vary for", "claimants[" + adult + "]"),
                        new Fact("from", Pence.of(earnings[0]).toString()),
                        new Fact("to", Pence.of(earnings[n - 1]).toString()),
                        new Fact("points", Integer.toString(n))),
                n + " points");
        explain.include(first.explanation());

        for (int i = 0; i < n; i++) {
            UcEstimate estimate = i == 0 ? first : estimateAt(household, adult, earnings[i]);
            for (int a = 0; a < estimate.explanation().assumptions().size(); a++) {
                explain.assume(estimate.explanation().assumptions().get(a));
            }
            State state = State.of(estimate, netIncome(household, adult, earnings[i], estimate));
            states[i] = state;
            BigDecimal rate = null;
            List<RateCause> causes = List.of();
            List<CurveEvent> changes = List.of();
            if (i > 0) {
                State previous = states[i - 1];
                rate = marginalRate(earnings[i] - earnings[i - 1], state.netIncome - previous.netIncome);
                causes = causes(previous, state);
                List<CurveThreshold> found = thresholdsBetween(household, adult, earnings[i - 1], previous,
                        earnings[i], state, i - 1);
                if (!found.isEmpty()) {
                    thresholds.addAll(found);
                    List<CurveEvent> events = new ArrayList<>(found.size());
                    for (CurveThreshold threshold : found) {
                        events.add(threshold.event());
                    }
                    changes = events;
                }
            }
            points.add(new CurvePoint(i, Pence.of(earnings[i]), estimate.awardPence(),
                    Pence.of(state.netIncome - baseline), Pence.of(state.netIncome), rate, causes, changes));
        }

        explain.step(WhatIfRules.CURVE_NET_INCOME, "Net income is the claimants' net earnings, the award and the other "
                        + "income given; earnings kept are the rise in net income over claimants[" + adult
                        + "] earning nothing",
                List.of(new Fact("net income with claimants[" + adult + "] earning nothing", Pence.of(baseline).toString())),
                "net income at the first point " + points.get(0).netIncomePence());
        explain.step(WhatIfRules.CURVE_MARGINAL_RATE, "The marginal deduction rate is the share of the extra earnings "
                        + "between two points that is not kept; it is the taper rate wherever a point names only TAPER",
                List.of(new Fact("taper rate", "the engine's, from the rates year (UC Regs reg 22(1)(b))")),
                "a rate for each point after the first");
        for (CurveThreshold threshold : thresholds) {
            explain.step(WhatIfRules.CURVE_THRESHOLD, "At " + threshold.earningsPence() + " " + threshold.description(),
                    List.of(new Fact("between points", threshold.afterPoint() + " and " + (threshold.afterPoint() + 1)),
                            new Fact("under", threshold.event().legalReference())),
                    threshold.event().name());
        }
        UcEstimate expanded = request.expandPoint() == null ? null
                : request.expandPoint() == 0 ? first : estimateAt(household, adult, earnings[request.expandPoint()]);
        return new EarningsCurve(adult, points, thresholds, explain.build(), expanded);
    }

    /** The estimate for one point: the household with the adult's net earnings replaced. */
    static UcEstimate estimateAt(UcEstimateRequest household, int adult, long earnings) {
        return UniversalCredit.estimate(withEarnings(household, adult, Pence.of(earnings)));
    }

    /** The household with one claimant's net earnings replaced; every other fact as given. */
    public static UcEstimateRequest withEarnings(UcEstimateRequest household, int adult, Pence earnings) {
        List<Claimant> claimants = new ArrayList<>(household.claimants());
        Claimant c = claimants.get(adult);
        claimants.set(adult, new Claimant(c.dateOfBirth(), earnings, c.inPaidWork(), c.workCapability(),
                c.lcwElementFromBeforeApril2017(), c.lcwraRate(), c.carer(), c.reachedStatePensionAge(),
                c.severelySightImpaired(), c.disabilityBenefits(), c.disabilityBenefitSuspendedInHospital(),
                c.needsOvernightCare(), c.cannotShareBedroomBecauseOfDisability(), c.sharedAccommodationExceptions()));
        return household.withClaimants(claimants);
    }

    private static long netIncome(UcEstimateRequest household, int adult, long earnings, UcEstimate estimate) {
        long total = Math.addExact(earnings, estimate.awardPence().value());
        List<Claimant> claimants = household.claimants();
        for (int i = 0; i < claimants.size(); i++) {
            if (i != adult) {
                total = Math.addExact(total, claimants.get(i).netEarningsPence().value());
            }
        }
        for (OtherIncome income : household.otherIncome()) {
            total = Math.addExact(total, income.amountPence().value());
        }
        return total;
    }

    /** (extra earnings - extra net income) / extra earnings, in percent to two places, half up (a display figure). */
    private static BigDecimal marginalRate(long extraEarnings, long extraNetIncome) {
        return BigDecimal.valueOf(extraEarnings - extraNetIncome).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(extraEarnings), 2, RoundingMode.HALF_UP);
    }

    /** What set the rate between two points: the taper alone, or each other rule at work. */
    static List<RateCause> causes(State low, State high) {
        List<RateCause> causes = new ArrayList<>(2);
        if (low.earned < low.workAllowance) {
            causes.add(RateCause.WORK_ALLOWANCE);
        }
        if (low.capApplied || high.capApplied) {
            causes.add(RateCause.BENEFIT_CAP);
        }
        if (!low.entitled || !high.entitled) {
            causes.add(RateCause.ENTITLEMENT);
        }
        if (low.maximum != high.maximum) {
            causes.add(RateCause.MAXIMUM_AMOUNT);
        }
        return causes.isEmpty() ? List.of(RateCause.TAPER) : causes;
    }

    /** Every threshold crossed between two neighbouring points, each found to the penny. */
    private static List<CurveThreshold> thresholdsBetween(UcEstimateRequest household, int adult, long lowEarnings,
                                                          State low, long highEarnings, State high, int afterPoint) {
        List<CurveThreshold> found = new ArrayList<>(0);
        if (low.earned <= low.workAllowance && high.earned > high.workAllowance && low.workAllowance > 0) {
            long at = firstWhere(household, adult, lowEarnings, highEarnings, s -> s.earned > s.workAllowance);
            found.add(threshold(CurveEvent.WORK_ALLOWANCE_ENDS, at, afterPoint));
        }
        if (low.maximum != high.maximum) {
            long lowMaximum = low.maximum;
            long at = firstWhere(household, adult, lowEarnings, highEarnings, s -> s.maximum != lowMaximum);
            found.add(threshold(CurveEvent.MAXIMUM_AMOUNT_CHANGES, at, afterPoint));
        }
        if (low.capApplied != high.capApplied) {
            boolean lowApplied = low.capApplied;
            long at = firstWhere(household, adult, lowEarnings, highEarnings, s -> s.capApplied != lowApplied);
            CurveEvent event = !lowApplied ? CurveEvent.BENEFIT_CAP_STARTS
                    : State.of(estimateAt(household, adult, at), 0).capEarningsException
                    ? CurveEvent.CAP_EARNINGS_EXCEPTION : CurveEvent.BENEFIT_CAP_STOPS;
            found.add(threshold(event, at, afterPoint));
        }
        if (low.entitled != high.entitled) {
            boolean lowEntitled = low.entitled;
            long at = firstWhere(household, adult, lowEarnings, highEarnings, s -> s.entitled != lowEntitled);
            found.add(threshold(lowEntitled ? CurveEvent.ENTITLEMENT_ENDS : CurveEvent.ENTITLEMENT_STARTS, at,
                    afterPoint));
        }
        found.sort((a, b) -> Long.compare(a.earningsPence().value(), b.earningsPence().value()));
        return found;
    }

    private static CurveThreshold threshold(CurveEvent event, long earnings, int afterPoint) {
        return new CurveThreshold(event, Pence.of(earnings), afterPoint, event.description(), event.legalReference());
    }

    /**
     * The lowest earnings in (low, high] at which the test holds, given that it does not hold at {@code low} and does at
     * {@code high}: halves the gap, running the engine at each middle (about 20 runs for a £10,000 gap).
     */
    private static long firstWhere(UcEstimateRequest household, int adult, long low, long high,
                                   java.util.function.Predicate<State> test) {
        long lo = low;
        long hi = high;
        while (hi - lo > 1) {
            long mid = lo + (hi - lo) / 2;
            if (test.test(State.of(estimateAt(household, adult, mid), 0))) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    /** The checked earnings of every point, in order; throws with every violation otherwise. */
    private static long[] validate(EarningsCurveRequest request) {
        if (request == null) {
            throw new InvalidInputException(List.of(new Violation("request", "required", "a request is required")));
        }
        Violations v = new Violations();
        UcEstimateRequest household = request.household();
        if (household == null) {
            v.add("household", "required", "the household's facts are required");
        } else if (household.claimants() != null && !household.claimants().isEmpty()
                && (request.adult() < 0 || request.adult() >= household.claimants().size())) {
            v.add("adult", "unknown_adult", "adult must name a claimant: 0" + (household.claimants().size() > 1
                    ? " or 1" : "") + " for this household");
        }
        Pence from = request.fromPence();
        Pence to = request.toPence();
        checkAmount(v, from, "fromPence");
        checkAmount(v, to, "toPence");
        boolean rangeOk = v.isEmpty() || (from != null && to != null && !from.isNegative() && !to.isNegative()
                && !from.isAboveInputLimit() && !to.isAboveInputLimit());
        if (from != null && to != null && to.isLessThan(from)) {
            v.add("toPence", "below_from", "toPence must not be below fromPence");
            rangeOk = false;
        }
        long count = 0;
        if ((request.stepPence() == null) == (request.points() == null)) {
            v.add("stepPence", "step_or_points", "give either stepPence or points, not both and not neither");
        } else if (request.stepPence() != null) {
            if (!request.stepPence().isPositive()) {
                v.add("stepPence", "must_be_positive", "stepPence must be at least 1 penny");
            } else if (rangeOk && from != null && to != null) {
                long span = to.value() - from.value();
                long step = request.stepPence().value();
                count = span / step + 1 + (span % step == 0 ? 0 : 1);
                if (count > WhatIfRules.MAX_CURVE_POINTS) {
                    v.add("stepPence", "too_many_points", "the range and step make " + count + " points; at most "
                            + WhatIfRules.MAX_CURVE_POINTS + " are allowed (use a larger step or a smaller range)");
                }
            }
        } else {
            int points = request.points();
            if (points < 2) {
                v.add("points", "at_least_two", "a curve needs at least 2 points");
            } else if (points > WhatIfRules.MAX_CURVE_POINTS) {
                v.add("points", "too_many_points", "at most " + WhatIfRules.MAX_CURVE_POINTS + " points are allowed");
            } else if (rangeOk && from != null && to != null) {
                if (points - 1L > to.value() - from.value()) {
                    v.add("points", "too_many_points", "more points than pennies in the range: at most "
                            + (to.value() - from.value() + 1) + " for this range");
                } else {
                    count = points;
                }
            }
        }
        if (request.expandPoint() != null && count > 0
                && (request.expandPoint() < 0 || request.expandPoint() >= count)) {
            v.add("expandPoint", "no_such_point", "expandPoint must be a point index from 0 to " + (count - 1));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v.list());
        }
        long[] earnings = new long[(int) count];
        long span = to.value() - from.value();
        for (int i = 0; i < count; i++) {
            earnings[i] = i == count - 1 ? to.value() : request.stepPence() != null
                    ? from.value() + i * request.stepPence().value() // below toPence, so no overflow
                    : from.value() + span * i / (count - 1);
        }
        try {
            List<Claimant> claimants = household.claimants();
            if (claimants == null || claimants.isEmpty() || claimants.get(request.adult()) == null) {
                UniversalCredit.estimate(household); // no adult to vary: the engine names what is missing
                throw new InvalidInputException(List.of(new Violation("adult", "unknown_adult",
                        "adult must name a claimant of the household")));
            }
            estimateAt(household, request.adult(), earnings[0]);
        } catch (InvalidInputException e) {
            throw e.violations().get(0).field().equals("adult") ? e : prefixed("household.", e);
        }
        return earnings;
    }

    private static void checkAmount(Violations v, Pence amount, String field) {
        if (amount == null) {
            v.add(field, "required", field + " is required");
        } else if (amount.isNegative()) {
            v.add(field, "must_not_be_negative", field + " must not be negative");
        } else {
            v.requireWithinInputLimit(amount, field);
        }
    }

    /** The engine's violations with their fields under a prefix, e.g. {@code household.claimants[0].dateOfBirth}. */
    static InvalidInputException prefixed(String prefix, InvalidInputException e) {
        List<Violation> moved = new ArrayList<>(e.violations().size());
        for (Violation violation : e.violations()) {
            moved.add(new Violation(prefix + violation.field(), violation.code(), violation.message()));
        }
        return new InvalidInputException(moved);
    }

    /** What the curve needs of one estimate. */
    record State(long earned, long workAllowance, long maximum, boolean entitled, boolean capApplied,
                 boolean capEarningsException, long netIncome) {
        static State of(UcEstimate estimate, long netIncome) {
            long earned = estimate.meansTest() == null ? 0 : estimate.meansTest().earnedIncomePence().value();
            long allowance = estimate.meansTest() == null ? 0 : estimate.meansTest().workAllowancePence().value();
            return new State(earned, allowance, estimate.maximumAmountPence().value(), estimate.awardPence().isPositive(),
                    estimate.benefitCap().applied(),
                    estimate.benefitCap().exceptions().contains(BenefitCapException.EARNINGS_AT_THRESHOLD), netIncome);
        }
    }
}
