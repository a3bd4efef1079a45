package dev.hearth.domain.timing;

import dev.hearth.domain.explain.Rule;

import java.util.List;

/**
 * Every rule the payment-timing engine applies, with its legal reference. The ids appear in explanations, in
 * {@code docs/rules/uc-payment-timing.md} and in tests; a test keeps that document and {@link #all()} in step.
 */
public final class TimingRules {

    /**
     * Ruleset version recorded in every timing explanation. It names the bank-holiday data version, so a change of any
     * date changes the ruleset.
     */
    public static final String RULESET_VERSION = "uc-payment-timing.v1+" + BankHolidays.DATA_VERSION;

    /** An assessment period is one month from the first date of entitlement, then each following month. */
    public static final Rule ASSESSMENT_PERIOD_MONTHLY = new Rule("timing.assessment_period.monthly",
            "An assessment period is one month beginning with the first date of entitlement; each later period begins "
                    + "on the same day of each month and ends the day before the next begins",
            "Universal Credit Regulations 2013 (SI 2013/376) reg 21(1) and (2); Northern Ireland: Universal Credit "
                    + "Regulations (Northern Ireland) 2016 (SR 2016/216) reg 22(1) and (3)");

    /** The exceptions for a first date of entitlement on the 29th, 30th or 31st. */
    public static final Rule ASSESSMENT_PERIOD_LATE_MONTH_START = new Rule("timing.assessment_period.late_month_start",
            "A cycle that began on the 31st begins on the last day of each month; one that began on the 29th or 30th "
                    + "begins on that day, except in February, when it begins on the 27th (the 28th in a leap year)",
            "Universal Credit Regulations 2013 (SI 2013/376) reg 21(2)(a) and (b); Northern Ireland: SR 2016/216 "
                    + "reg 22(3)(a) and (b)");

    /** Monthly in arrears, within seven days of the period's last day: Hearth expects the seventh day. */
    public static final Rule PAYMENT_SEVEN_DAYS_AFTER_PERIOD = new Rule("timing.payment.seven_days_after_period",
            "Universal Credit is paid monthly in arrears, by credit transfer within seven days of the last day of the "
                    + "assessment period; the expected payment date is the seventh day after the period ends",
            "Universal Credit, Personal Independence Payment, Jobseeker's Allowance and Employment and Support "
                    + "Allowance (Claims and Payments) Regulations 2013 (SI 2013/380) reg 47(1) and (2) (England, Wales and "
                    + "Scotland); Northern Ireland: the equivalent in SR 2016/220, not yet read");

    /** A payment date on a weekend or bank holiday is brought forward. */
    public static final Rule PAYMENT_LAST_WORKING_DAY_BEFORE = new Rule("timing.payment.last_working_day_before",
            "When the expected payment date is a Saturday, Sunday or bank holiday where the claimant lives, payment is "
                    + "made on the last working day before it",
            "DWP practice published on gov.uk (Universal Credit: how you're paid), not written in the regulations; "
                    + "consistent with SI 2013/380 reg 47(2) (\"within seven days\"). Bank holidays: Banking and "
                    + "Financial Dealings Act 1971 s.1 and Sch 1; St Andrew's Day Bank Holiday (Scotland) Act 2007 s.1; "
                    + "gov.uk/bank-holidays");

    /** A new claim: first period from the claim date, first payment seven days after it ends (the five-week wait). */
    public static final Rule NEW_CLAIM_FIRST_PAYMENT = new Rule("timing.new_claim.first_payment",
            "For a new claim the first assessment period begins on the first date of entitlement, taken to be the date "
                    + "of claim; the first payment is due seven days after that period ends (about five weeks)",
            "Universal Credit Regulations 2013 (SI 2013/376) reg 21(1); SI 2013/380 reg 47(2)");

    private static final List<Rule> ALL = List.of(ASSESSMENT_PERIOD_MONTHLY, ASSESSMENT_PERIOD_LATE_MONTH_START,
            PAYMENT_SEVEN_DAYS_AFTER_PERIOD, PAYMENT_LAST_WORKING_DAY_BEFORE, NEW_CLAIM_FIRST_PAYMENT);

    private TimingRules() {
    }

    /** Every rule of the timing engine, in the order the rules catalogue lists them. */
    public static List<Rule> all() {
        return ALL;
    }
}
