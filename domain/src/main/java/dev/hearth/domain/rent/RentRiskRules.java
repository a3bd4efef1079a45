package dev.hearth.domain.rent;

import dev.hearth.domain.explain.Prose;
import dev.hearth.domain.explain.Rule;
import dev.hearth.domain.housing.RentFrequency;
import dev.hearth.domain.timing.UcPaymentTiming;

import java.util.List;

import static dev.hearth.domain.explain.Prose.longDate;
import static dev.hearth.domain.explain.Prose.percent;

/**
 * Every rule the rent-risk assessor applies, with its legal reference or source. The ids appear in explanations, in
 * risk reasons, in {@code docs/rules/rent-risk.md} and in tests; a test keeps that document and {@link #all()} in step.
 * Steps copied from the payment-timing engine keep that engine's own rule ids ({@code timing.*}). Descriptions state
 * the figures from the data the rules use ({@link Ground8Version}, {@link RentRiskThresholds}).
 */
public final class RentRiskRules {

    private static final RentRiskThresholds T = RentRiskThresholds.CURRENT;
    private static final String COMMENCEMENT = longDate(Ground8Version.RRA_COMMENCEMENT);

    /** Ruleset version recorded in every assessment. */
    public static final String RULESET_VERSION = "rent-risk.v2";

    /** Monthly equivalent of the rent. */
    public static final Rule MONTHLY_RENT = new Rule("rent.monthly_equivalent",
            "Convert the rent to a monthly amount: weekly x 52 / 12, two-weekly x 26 / 12, four-weekly x 13 / 12, "
                    + "three-monthly x 4 / 12, yearly / 12, rounded to the nearest penny",
            "Universal Credit Regulations 2013 (SI 2013/376) Sch 4 para 7(2); reg 6(1) rounding (via "
                    + "dev.hearth.domain.housing.RentFrequency)");

    /** Shortfall. */
    public static final Rule SHORTFALL = new Rule("rent.shortfall",
            "Monthly shortfall = monthly rent - Universal Credit housing element, never below nil",
            "Arithmetic on the UC housing costs element (UC Regs 2013 reg 26 and Sch 4) [D]");

    /** Arrears in rent periods. */
    public static final Rule ARREARS_IN_PERIODS = new Rule("rent.arrears_in_periods",
            "Arrears expressed as a number of rent periods: arrears / rent per period, cut to 2 decimal places",
            "Arithmetic; the possession thresholds are stated in rent periods (HA 1988 Sch 2 Ground 8) [D]");

    /** UC payment dates. */
    public static final Rule UC_PAYMENT_DATES = new Rule("rent.uc_payment_dates",
            "Universal Credit payment dates: from the assessment period through the timing engine ("
                    + UcPaymentTiming.DAYS_AFTER_PERIOD_END + " days after the period ends, moved to the last working day before a weekend or bank holiday), or the supplied "
                    + "next payment date and the same day of each later month",
            "SI 2013/380 reg 47 (timing engine, timing.* rules); same-day-of-month projection is Hearth's stated "
                    + "simplification [D]");

    /** Gap. */
    public static final Rule UC_GAP = new Rule("rent.uc_gap",
            "The gap between the next rent due date and the first Universal Credit payment on or after it",
            "Arithmetic on the dates [D]");

    /** Timeline. */
    public static final Rule TIMELINE = new Rule("rent.timeline",
            "Project rent due, UC housing payments and the tenant's own payments day by day from the assessment date, "
                    + "rent first on a shared day, keeping a running balance",
            "Arithmetic on the supplied amounts and dates [D]");

    /** Ground 8 before the RRA 2025. */
    public static final Rule GROUND8_BEFORE_RRA = new Rule("rent.ground8.before_rra_2025",
            "England, assured tenancy, before " + COMMENCEMENT + ": mandatory threshold of "
                    + threshold(Ground8Version.BEFORE_RRA_2025),
            Ground8Version.BEFORE_RRA_2025.legalReference());

    /** Ground 8 as amended. */
    public static final Rule GROUND8_RRA = new Rule("rent.ground8.rra_2025",
            "England, private assured tenancy, from " + COMMENCEMENT + ": mandatory threshold of "
                    + threshold(Ground8Version.RRA_2025),
            Ground8Version.RRA_2025.legalReference());

    /** The UC disregard. */
    public static final Rule GROUND8_UC_DISREGARD = new Rule("rent.ground8.uc_disregard",
            "Under the amended Ground 8, rent unpaid only because a Universal Credit housing payment has not yet been "
                    + "received is ignored: the rent fallen due since the last UC payment, up to one housing element",
            "Renters' Rights Act 2025 Sch 1 (Ground 8 UC provision) as reported from the Bill text by dewarhogan.co.uk "
                    + "and reproduced in practitioner materials [S]; the enacted paragraph was not read");

    /** Threshold date search. */
    public static final Rule GROUND8_DATE = new Rule("rent.ground8.threshold_date",
            "The threshold date is the first day on the projection when the counted arrears are at least the "
                    + "threshold under the version of Ground 8 in force on that day",
            "HA 1988 Sch 2 Ground 8 (both versions) [S]; projection per rent.timeline [D]");

    /** Notice period. */
    public static final Rule NOTICE_PERIOD = new Rule("rent.ground8.notice_period",
            "Notice before proceedings on the rent grounds: "
                    + Ground8Version.BEFORE_RRA_2025.noticePeriodDays() / 7 + " weeks before " + COMMENCEMENT + ", "
                    + Ground8Version.RRA_2025.noticePeriodDays() / 7 + " weeks from then (private tenancies); the earliest proceedings date is the threshold date plus the notice period",
            "HA 1988 s.8 as amended by the Renters' Rights Act 2025 (letsafeuk.co.uk, grantsaw.com, dewarhogan.co.uk) "
                    + "[S]");

    /** Not modelled. */
    public static final Rule THRESHOLD_NOT_MODELLED = new Rule("rent.threshold.not_modelled",
            "Say plainly that the mandatory threshold is not modelled where the law was not confirmed: Wales, "
                    + "Northern Ireland, Scottish social tenancies, English council (secure) tenancies, housing "
                    + "association tenancies from " + COMMENCEMENT + ", four-weekly, quarterly and yearly rent",
            "Renting Homes (Wales) Act 2016 ss.181, 187 (not read); SI 2026/421 reg 2 (RRA 2025 in force on 1 May "
                    + "2026 only for assured tenancies that are not social housing) [P]; Housing Act 1985 (secure "
                    + "tenancies) not researched");

    /** Scotland PRT. */
    public static final Rule SCOTLAND_NO_MANDATORY_GROUND = new Rule("rent.threshold.scotland_private_discretionary",
            "Scotland, private residential tenancy: every eviction ground, including rent arrears, is discretionary, "
                    + "so there is no mandatory threshold",
            "Coronavirus (Recovery and Reform) (Scotland) Act 2022 (asp 8) s.43 and Explanatory Notes paras 156-158, "
                    + "amending the Private Housing (Tenancies) (Scotland) Act 2016 s.51(2) and Sch 3 [P]");

    /** Secure tenancies: discretionary arrears ground. */
    public static final Rule SECURE_NO_MANDATORY_GROUND = new Rule("rent.threshold.secure_discretionary",
            "English secure and flexible tenancies (Housing Act 1985 Sch 2 Ground 1) and Scottish secure tenancies "
                    + "(Housing (Scotland) Act 2001 Sch 2 ground 1): the arrears ground is discretionary, so there is "
                    + "no mandatory threshold; introductory tenancies need no ground at all",
            "Housing Act 1985 s.85 [P]; s.84 and Sch 2 via Shelter England [S]; Housing Act 1996 ss.127-129 via Shelter "
                    + "[S]; Housing (Scotland) Act 2001 s.14 [P]");

    /** Grounds and notice periods by tenancy type. */
    public static final Rule TENANCY_GROUNDS = new Rule("rent.tenancy.grounds",
            "List the rent-arrears possession grounds the tenancy type faces on the assessment date, whether each is "
                    + "mandatory, its notice period and what the court must consider (assured shorthold before "
                    + COMMENCEMENT + " adds section 21; private ones from then are assured tenancies)",
            "Housing Act 1985 ss.83-85 and Sch 2 [P/S]; Housing Act 1996 ss.127-129 [S]; Housing Act 1988 ss.8, 9, 21 "
                    + "and Sch 2 as amended by the Renters' Rights Act 2025 [S]; Housing (Scotland) Act 2001 ss.14, 14A "
                    + "[P]; Private Housing (Tenancies) (Scotland) Act 2016 Sch 3 [S]; Shelter and Shelter Scotland [S]");

    /** APA eligibility. */
    public static final Rule MANAGED_PAYMENT = new Rule("rent.managed_payment",
            "A managed payment of the housing element to the landlord can be requested when UC housing costs are in "
                    + "payment and not already paid to the landlord, and arrears are at least "
                    + months(T.apaArrearsMonths()) + ", or at least " + months(T.apaRepeatedUnderpaymentMonths())
                    + " with repeated underpayment",
            RentRiskThresholds.CURRENT.apaSource());

    /** Deduction band. */
    public static final Rule DEDUCTION_BAND = new Rule("rent.third_party_deduction_band",
            "At the same " + T.apaArrearsMonths() + "-month level a deduction towards the arrears of "
                    + percent(T.deductionMinimumRate()) + " to " + percent(T.deductionMaximumRate())
                    + " of the standard allowance can be requested; minimum rounded up, maximum rounded down to the penny",
            "SI 2013/380 Sch 6 para 7 as amended by SI 2014/2888 reg 6(2)(c) (nhas.org.uk; CPAG; Shelter) [S]; "
                    + "rounding direction is Hearth's stated choice [D]");

    /** Risk: shortfall. */
    public static final Rule RISK_SHORTFALL = new Rule("rent.risk.shortfall",
            "Raise to MEDIUM when the housing element does not cover the rent",
            "Hearth risk grading [D]");

    /** Risk: gap. */
    public static final Rule RISK_UC_GAP = new Rule("rent.risk.uc_gap",
            "Raise to MEDIUM when rent falls due " + T.ucGapDays() + " days or more before the Universal Credit payment",
            "Hearth risk grading [D]");

    /** Risk: arrears. */
    public static final Rule RISK_ARREARS = new Rule("rent.risk.arrears",
            "Raise to MEDIUM when there are any arrears",
            "Hearth risk grading [D]");

    /** Risk: APA level. */
    public static final Rule RISK_MANAGED_PAYMENT_LEVEL = new Rule("rent.risk.managed_payment_level",
            "Raise to HIGH when arrears reach the managed-payment level (" + months(T.apaArrearsMonths()) + ")",
            "Hearth risk grading [D] on the DWP managed-payment level [S]");

    /** Risk: threshold within timeline. */
    public static final Rule RISK_THRESHOLD_WITHIN_TIMELINE = new Rule("rent.risk.threshold_within_timeline",
            "Raise to HIGH when the mandatory threshold is projected within the " + T.timelineMonths() + "-month timeline",
            "Hearth risk grading [D]");

    /** Risk: critical. */
    public static final Rule RISK_THRESHOLD_IMMINENT = new Rule("rent.risk.threshold_imminent",
            "Raise to CRITICAL when the mandatory threshold is reached now or projected within " + T.criticalWindowDays()
                    + " days",
            "Hearth risk grading [D]");

    /** Level. */
    public static final Rule RISK_LEVEL = new Rule("rent.risk.level",
            "The risk level is the highest level raised by any reason; LOW when none",
            "Hearth risk grading [D]");

    private static final List<Rule> ALL = List.of(MONTHLY_RENT, SHORTFALL, ARREARS_IN_PERIODS, UC_PAYMENT_DATES,
            UC_GAP, TIMELINE, GROUND8_BEFORE_RRA, GROUND8_RRA, GROUND8_UC_DISREGARD, GROUND8_DATE, NOTICE_PERIOD,
            THRESHOLD_NOT_MODELLED, SCOTLAND_NO_MANDATORY_GROUND, SECURE_NO_MANDATORY_GROUND, TENANCY_GROUNDS,
            MANAGED_PAYMENT, DEDUCTION_BAND, RISK_SHORTFALL,
            RISK_UC_GAP, RISK_ARREARS, RISK_MANAGED_PAYMENT_LEVEL, RISK_THRESHOLD_WITHIN_TIMELINE,
            RISK_THRESHOLD_IMMINENT, RISK_LEVEL);

    private RentRiskRules() {
    }

    /** The threshold in weeks' and months' rent, as the descriptions state it. */
    private static String threshold(Ground8Version v) {
        return v.periodsUnpaid().get(RentFrequency.WEEKLY).toPlainString() + " weeks' rent (weekly or fortnightly "
                + "rent) or " + v.periodsUnpaid().get(RentFrequency.MONTHLY).toPlainString() + " months' rent (monthly "
                + "rent) unpaid";
    }

    /** "1 month's rent", "2 months' rent". */
    private static String months(int n) {
        return n + (n == 1 ? " month's rent" : " months' rent");
    }

    /** Every rule of the rent-risk assessor, in the order the rules catalogue lists them. */
    public static List<Rule> all() {
        return ALL;
    }
}
