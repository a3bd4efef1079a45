package dev.hearth.domain.rates;

import dev.hearth.domain.money.Pence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static dev.hearth.domain.rates.Confidence.PRIMARY;
import static dev.hearth.domain.rates.Confidence.SECONDARY;

/**
 * The versioned Universal Credit rates Hearth ships, and the rule that picks the rates year for an assessment period.
 *
 * <h2>Which year applies to an assessment period</h2>
 * Social Security Administration Act 1992 s.150(10ZA)-(10ZB) (inserted by SI 2014/2888 reg 7(1)(a)) requires an
 * up-rating order to bring a change to a Universal Credit amount into force for a person on "the first day of the
 * first universal credit assessment period ... which begins on or after" the Monday of the week specified in
 * s.150(10)(a)(i), i.e. the week beginning with the first Monday in the tax year (or an earlier date in April named in
 * the order). Welfare Benefits Up-rating Act 2013 s.1(2)-(2B) uses the same mechanism. So:
 * <ul>
 *   <li>2025-26: tax year starts Sunday 6 April 2025; first Monday 7 April 2025 (Social Security Benefits Up-rating
 *       Order 2025, SI 2025/295): assessment periods beginning on or after 7 April 2025.</li>
 *   <li>2026-27: tax year starts Monday 6 April 2026, which is itself the first Monday, so the statutory day is
 *       6 April 2026 (Social Security Benefits Up-rating Order 2026, SI 2026/148). Press reports of "13 April 2026"
 *       do not fit the statute: s.150(10)(a)(ii) lets an order choose only an earlier date, never a later one. The
 *       order's own commencement article was not read; this is recorded as an assumption on results whose period
 *       starts between 6 and 12 April 2026.</li>
 * </ul>
 * The 2027-28 up-rating day is not yet fixed (an order may choose any date in April 2027), so the 2026-27 rates are
 * shipped only for periods starting on or before 31 March 2027. Any other period has no rates: the engine reports
 * {@code rates_not_available}, never a neighbouring year.
 */
public final class UcRatesSchedule {

    /** The statutory mechanism for the rates switch date, cited in explanations. */
    public static final String SWITCH_RULE = "SSAA 1992 s.150(10ZA)-(10ZB) (SI 2014/2888 reg 7): new rates from the first "
            + "assessment period beginning on or after the first Monday of the tax year";

    /** The first assessment-period start for which the 2026-27 statutory switch date was derived, not read in the order. */
    public static final LocalDate SWITCH_2026_DERIVED_FROM = LocalDate.of(2026, 4, 6);
    /** The date press reports gave for the 2026 switch; periods starting before it but on/after 6 April are flagged. */
    public static final LocalDate SWITCH_2026_PRESS_DATE = LocalDate.of(2026, 4, 13);

    private static final String R36_2025 = "UC Regs 2013 reg 36 table as set by the Social Security Benefits Up-rating Order 2025 "
            + "(SI 2025/295); figures per CPAG rates table and PolicyEngine UK parameters";
    private static final String R36_2026 = "UC Regs 2013 reg 36 table as amended by the Social Security Benefits Up-rating Order 2026 "
            + "(SI 2026/148), text quoted in rulespec-uk regulations/uksi/2013/376/36.yaml; PolicyEngine UK 2026-27 parameters";
    private static final String CAP = "UC Regs 2013 reg 80A(2) (annual limits unchanged since 2023; gov.uk benefit and pension "
            + "rates 2026 to 2027, benefit cap section)";
    private static final String CAPITAL_18 = "UC Regs 2013 reg 18(1)";
    private static final String CAPITAL_72 = "UC Regs 2013 reg 72(1): £4.35 for each £250, and for any excess that is not a complete £250, above £6,000";

    private static final UcRates Y2025_26 = new UcRates(
            "2025-26",
            LocalDate.of(2025, 4, 7),
            LocalDate.of(2026, 4, 5),
            SWITCH_RULE + "; 2025-26 first Monday 7 April 2025 (SI 2025/295); ends when 2026-27 starts on 6 April 2026",
            s("316.98", R36_2025), s("400.14", R36_2025), s("497.55", R36_2025), s("628.10", R36_2025),
            s("339.00", R36_2025), s("292.81", R36_2025),
            s("158.76", R36_2025), s("495.87", R36_2025),
            s("158.76", R36_2025 + " (LCW element, transitional)"),
            s("423.27", R36_2025),
            null,
            s("201.68", R36_2025),
            new Sourced<>(new BigDecimal("0.85"), "UC Regs 2013 reg 34(1): 85% of relevant childcare costs", SECONDARY),
            s("1031.88", R36_2025), s("1768.94", R36_2025),
            s("93.02", "UC Regs 2013 Sch 4 para 14(1) as up-rated by SI 2025/295; CPAG; PolicyEngine non_dep_deduction"),
            s("411", "UC Regs 2013 reg 22(2) as up-rated by SI 2025/295; CPAG"),
            s("684", "UC Regs 2013 reg 22(2) as up-rated by SI 2025/295; CPAG"),
            new Sourced<>(new BigDecimal("0.55"), "UC Regs 2013 reg 22(1)(b): 55% (from 24 November 2021)", SECONDARY),
            s("6000", CAPITAL_72), s("16000", CAPITAL_18), s("4.35", CAPITAL_72), s("250", CAPITAL_72),
            p("25323", CAP), p("16967", CAP), p("22020", CAP), p("14753", CAP));

    private static final UcRates Y2026_27 = new UcRates(
            "2026-27",
            LocalDate.of(2026, 4, 6),
            LocalDate.of(2027, 3, 31),
            SWITCH_RULE + "; 2026-27 first Monday is 6 April 2026 (SI 2026/148); shipped only to 31 March 2027 because the "
                    + "2027-28 up-rating day may be any date in April 2027",
            s("338.58", R36_2026), s("424.90", R36_2026), s("528.34", R36_2026), s("666.97", R36_2026),
            s("351.88", R36_2026), s("303.94", R36_2026),
            s("164.79", R36_2026), s("514.71", R36_2026),
            s("158.76", "LCW element frozen at the 2025-26 amount (benefitsandwork.co.uk, had.org.uk, london24news: no increase)"),
            s("429.80", R36_2026 + ": pre-2026 claimant, severe conditions criteria claimant or terminally ill"),
            s("217.26", R36_2026 + ": any other LCWRA claimant (Universal Credit Act 2025)"),
            s("209.34", R36_2026),
            new Sourced<>(new BigDecimal("0.85"), "UC Regs 2013 reg 34(1): 85% of relevant childcare costs", SECONDARY),
            s("1071.09", R36_2026), s("1836.16", R36_2026),
            s("96.55", "UC Regs 2013 Sch 4 para 14(1) as up-rated by SI 2026/148; PolicyEngine non_dep_deduction; jonnyiwilson rate pack"),
            s("427", "UC Regs 2013 reg 22(2) as up-rated by SI 2026/148; PolicyEngine; jonnyiwilson rate pack (411 x 1.038 = 426.62)"),
            s("710", "UC Regs 2013 reg 22(2) as up-rated by SI 2026/148; PolicyEngine; jonnyiwilson rate pack (684 x 1.038 = 709.99; "
                    + "one third-party file says 711, which does not fit CPI 3.8%)"),
            new Sourced<>(new BigDecimal("0.55"), "UC Regs 2013 reg 22(1)(b): 55% (from 24 November 2021)", SECONDARY),
            s("6000", CAPITAL_72), s("16000", CAPITAL_18), s("4.35", CAPITAL_72), s("250", CAPITAL_72),
            p("25323", CAP), p("16967", CAP), p("22020", CAP), p("14753", CAP));

    private static final List<UcRates> YEARS = List.of(Y2025_26, Y2026_27);

    /**
     * The National Living Wage (National Minimum Wage Regulations 2015 reg 4 rate for workers aged 21 and over), used by
     * the benefit-cap earnings exception (UC Regs reg 82(1)(a), "as in force at the beginning of the assessment period").
     */
    public static final DatedSeries<BigDecimal> NATIONAL_LIVING_WAGE = new DatedSeries<>("National Living Wage", List.of(
            new DatedValue<>(LocalDate.of(2025, 4, 1), new BigDecimal("12.21"),
                    "National Minimum Wage Regulations 2015 reg 4 (as amended by SI 2025/401), via PolicyEngine UK minimum_wage", SECONDARY),
            new DatedValue<>(LocalDate.of(2026, 4, 1), new BigDecimal("12.71"),
                    "National Minimum Wage Regulations 2015 reg 4 as amended for April 2026, via PolicyEngine UK minimum_wage "
                            + "(gov.uk National Minimum Wage rates)", SECONDARY)),
            LocalDate.of(2027, 3, 31));

    /**
     * The overall cap on deductions from a Universal Credit payment, as a share of the standard allowance. The law
     * allows up to 40% (SI 2013/380 Sch 6); DWP policy limits it, and that policy is what claimants experience.
     */
    public static final DatedSeries<BigDecimal> DEDUCTIONS_OVERALL_CAP = new DatedSeries<>("deductions overall cap", List.of(
            new DatedValue<>(LocalDate.of(2021, 4, 1), new BigDecimal("0.25"),
                    "DWP Deductions guidance (25% of the standard allowance from April 2021); PolicyEngine UK deductions/cap.yaml", SECONDARY),
            new DatedValue<>(LocalDate.of(2025, 4, 30), new BigDecimal("0.15"),
                    "Fair Repayment Rate: 15% of the standard allowance for assessment periods starting on or after 30 April 2025 "
                            + "(Autumn Budget 2024; SI 2025/387 Explanatory Memorandum paras 5.2, 5.10-5.15 via PolicyEngine; DWP "
                            + "guidance quoted by housingsystems.co.uk: the legislation still allows 40%)", SECONDARY)),
            LocalDate.of(2027, 3, 31));

    /** Two-child limit abolished for assessment periods starting on or after this date. */
    public static final Sourced<LocalDate> TWO_CHILD_LIMIT_ABOLISHED = new Sourced<>(LocalDate.of(2026, 4, 6),
            "Universal Credit (Removal of Two Child Limit) Act 2026 (c.13), in force 6 April 2026; DWP ADM memo 03/26: a child "
                    + "element for every child for assessment periods starting on or after 6 April 2026", PRIMARY);

    /** The two-child limit applied to children born on or after this date (UC Regs reg 24A). */
    public static final LocalDate TWO_CHILD_LIMIT_BIRTH_DATE = LocalDate.of(2017, 4, 6);

    /**
     * Child maintenance deductions could exceed the overall deductions cap for assessment periods starting before this
     * date (SI 2025/387: 12 months to 30 April 2026). What applies after it was not confirmed.
     */
    public static final Sourced<LocalDate> CHILD_MAINTENANCE_ABOVE_CAP_UNTIL = new Sourced<>(LocalDate.of(2026, 4, 30),
            "SI 2025/387 (UC, PIP, JSA and ESA (Claims and Payments) (Modification) Regulations 2025): child maintenance given the "
                    + "highest priority, and allowed above the 15% cap, for 12 months until 30 April 2026 (universalcreditinfo.net; "
                    + "nesaf.co.uk quoting DWP)", SECONDARY);

    private UcRatesSchedule() {
    }

    /** Every rates year shipped, earliest first. */
    public static List<UcRates> years() {
        return YEARS;
    }

    /**
     * The rates for an assessment period that begins on {@code periodStart}, or empty when Hearth holds no rates for it.
     * Never falls back to another year.
     */
    public static Optional<UcRates> forPeriodStarting(LocalDate periodStart) {
        for (UcRates year : YEARS) {
            if (year.covers(periodStart)) {
                return Optional.of(year);
            }
        }
        return Optional.empty();
    }

    private static Sourced<Pence> s(String pounds, String source) {
        return new Sourced<>(Pence.ofPounds(pounds), source, SECONDARY);
    }

    private static Sourced<Pence> p(String pounds, String source) {
        return new Sourced<>(Pence.ofPounds(pounds), source, PRIMARY);
    }
}
