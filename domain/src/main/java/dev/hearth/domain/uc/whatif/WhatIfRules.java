package dev.hearth.domain.uc.whatif;

import dev.hearth.domain.explain.Rule;
import dev.hearth.domain.uc.UcRules;

import java.util.List;

/**
 * The rules of the "what if" answers built on the Universal Credit engine: the earnings curve ({@link EarningsCurves})
 * and the changes-of-circumstances comparison ({@link CircumstanceComparisons}). Every figure in them is the UC engine's
 * own (from {@code UcRatesSchedule}); these rules only decide which estimates to run and how to read them side by side.
 * Catalogue: {@code docs/rules/uc-what-if.md}, kept in step with {@link #all()} by a test.
 *
 * <p>Abbreviations as in {@link UcRules}: "D&amp;A Regs" is the Universal Credit, PIP, JSA and ESA (Decisions and
 * Appeals) Regulations 2013 (SI 2013/381).
 */
public final class WhatIfRules {

    /** Recorded in every what-if explanation, with the UC engine's own ruleset version. */
    public static final String RULESET_VERSION = "uc-whatif.v1 on " + UcRules.RULESET_VERSION;

    /** The most points one curve may have: enough for a line per penny of a £20 range, small enough to answer fast. */
    public static final int MAX_CURVE_POINTS = 2_000;

    /** The most changed versions one comparison may carry. */
    public static final int MAX_CHANGES = 10;

    public static final Rule CURVE_POINTS = new Rule("uc.whatif.curve.points",
            "Each point of an earnings curve is a whole Universal Credit estimate of the household with one adult's net "
                    + "earnings set to the point's amount and every other fact as given",
            "WRA 2012 s.8; UC Regs reg 22 (the estimate at each point)");

    public static final Rule CURVE_NET_INCOME = new Rule("uc.whatif.curve.net_income",
            "Net income at a point is the claimants' net earnings plus the Universal Credit award plus the other income "
                    + "given; earnings kept are the rise in net income over the adult earning nothing",
            "Hearth definition (the UC award from WRA 2012 s.8 and UC Regs reg 22)");

    public static final Rule CURVE_MARGINAL_RATE = new Rule("uc.whatif.curve.marginal_rate",
            "The marginal deduction rate between two points is the share of the extra earnings not kept; it is the taper "
                    + "rate unless the work allowance, the benefit cap, entitlement or the maximum amount changes in "
                    + "between, and the point names which",
            "UC Regs reg 22(1)(b), (2) (work allowance, taper); reg 6(1) (rounding); regs 79-82 (benefit cap)");

    public static final Rule CURVE_THRESHOLD = new Rule("uc.whatif.curve.threshold",
            "Where a threshold falls between two points, the exact earnings (to the penny) at which it is crossed are "
                    + "found by re-running the engine, halving the gap each time",
            "UC Regs reg 22(1)(b), (2) (work allowance); WRA 2012 s.8(1) (entitlement ends); regs 79-81 (cap); "
                    + "reg 82(1)(a), (4) (cap earnings exception)");

    public static final Rule CHANGE_EFFECTIVE_PERIOD = new Rule("uc.whatif.change.effective_period",
            "A change of circumstances takes effect from the first day of the assessment period in which it occurs (or is "
                    + "expected to occur)",
            "D&A Regs Sch 1 Part 3 para 20; UC Regs reg 21 (assessment periods)");

    public static final Rule CHANGE_LATE_NOTIFICATION = new Rule("uc.whatif.change.late_notification",
            "A change that raises the award, reported after the end of the assessment period it happened in (and no "
                    + "longer period allowed for late notification), takes effect from the first day of the assessment "
                    + "period in which it was reported",
            "D&A Regs Sch 1 Part 3 para 21; reg 36 (longer period for late notification)");

    public static final Rule CHANGE_OTHER_BENEFIT = new Rule("uc.whatif.change.other_benefit",
            "When the change is that someone in the family starts, stops or changes the rate of another benefit, it takes "
                    + "effect from the first day of the assessment period in which that happens, however late it is "
                    + "reported",
            "D&A Regs Sch 1 Part 4 para 31(1), (2)(a); Part 3 para 21 (excepts para 31 cases)");

    public static final Rule CHANGE_COMPARISON = new Rule("uc.whatif.change.comparison",
            "The household as it is and as changed are both estimated for the assessment period in which the change "
                    + "takes effect, and compared line by line",
            "WRA 2012 s.8; UC Regs reg 22 (each estimate); D&A Regs Sch 1 para 20 (the period)");

    private WhatIfRules() {
    }

    /** Every what-if rule, in the catalogue's order. */
    public static List<Rule> all() {
        return List.of(CURVE_POINTS, CURVE_NET_INCOME, CURVE_MARGINAL_RATE, CURVE_THRESHOLD, CHANGE_EFFECTIVE_PERIOD,
                CHANGE_LATE_NOTIFICATION, CHANGE_OTHER_BENEFIT, CHANGE_COMPARISON);
    }
}
