package dev.hearth.domain.uc;

import dev.hearth.domain.explain.Rule;

import java.util.List;

/**
 * Every rule the Universal Credit engine applies, with its legal reference. The ids appear in explanations, in
 * {@code docs/rules/universal-credit.md} and in tests; a test keeps that document and {@link #all()} in step. The
 * housing costs element and payment timing have their own catalogues (housing and timing engines); their steps appear
 * inside a UC explanation under their own ids.
 *
 * <p>Abbreviations: "UC Regs" is the Universal Credit Regulations 2013 (SI 2013/376); "C&amp;P Regs" is the Universal
 * Credit, PIP, JSA and ESA (Claims and Payments) Regulations 2013 (SI 2013/380); "D&amp;A Regs" is the matching
 * Decisions and Appeals Regulations 2013 (SI 2013/381); "WRA 2012" is the Welfare Reform Act 2012.
 */
public final class UcRules {

    /** Ruleset version recorded in every explanation; bump it with any change of rule or rate. */
    public static final String RULESET_VERSION = "uc-estimate.v1 (rates 2025-26, 2026-27)";

    public static final Rule RATES_YEAR = new Rule("uc.rates_year",
            "The rates for a tax year apply to assessment periods beginning on or after the first Monday of that tax year",
            "Social Security Administration Act 1992 s.150(10), (10ZA), (10ZB) (inserted by SI 2014/2888 reg 7); "
                    + "Up-rating Orders 2025 (SI 2025/295) and 2026 (SI 2026/148)");

    public static final Rule STATE_PENSION_AGE = new Rule("uc.eligibility.state_pension_age",
            "Universal Credit needs the claimant, and both joint claimants, to be under State Pension age (a mixed-age "
                    + "couple keeps an award made before 15 May 2019)",
            "WRA 2012 s.4(1)(b); mixed-age couples from 15 May 2019 (Welfare Reform Act 2012 (Commencement No. 31) "
                    + "Order 2019, SI 2019/37, with savings for existing awards); D&A Regs Sch 1 para 26");

    public static final Rule CAPITAL_LIMIT = new Rule("uc.eligibility.capital_limit",
            "No award when the benefit unit's capital exceeds £16,000; exactly £16,000 is still entitled",
            "WRA 2012 s.5(1)(a), (2)(a); UC Regs reg 18(1)");

    public static final Rule STANDARD_ALLOWANCE = new Rule("uc.standard_allowance",
            "Standard allowance by single or joint claim and age: 25 or over when a claimant turns 25 on or before the "
                    + "last day of the period, since a change takes effect from the first day of the period it happens in",
            "WRA 2012 s.9; UC Regs reg 36 table; D&A Regs Sch 1 para 20");

    public static final Rule CHILD_ELEMENT = new Rule("uc.child_element",
            "A child element for each child or qualifying young person; the first child in the order gets the higher "
                    + "amount if born before 6 April 2017",
            "WRA 2012 s.10; UC Regs reg 24(1), reg 24B (order), reg 36 table; UC Regs reg 5 (qualifying young person)");

    public static final Rule TWO_CHILD_LIMIT = new Rule("uc.child_element.two_child_limit",
            "For periods starting before 6 April 2026: no child element for a third or later child born on or after "
                    + "6 April 2017 unless an exception applies (multiple birth, adoption, non-parental care, "
                    + "non-consensual conception); abolished for periods starting on or after 6 April 2026",
            "WRA 2012 s.10(1A); UC Regs reg 24A, reg 24B, Sch 12; Universal Credit (Removal of Two Child Limit) Act 2026 "
                    + "(c.13); DWP ADM memo 03/26");

    public static final Rule DISABLED_CHILD_ADDITION = new Rule("uc.disabled_child_addition",
            "An additional amount for each disabled child at the lower or higher rate, paid even for a child the "
                    + "two-child limit excludes",
            "WRA 2012 s.10(2); UC Regs reg 24(2), reg 36 table");

    public static final Rule LCWRA_ELEMENT = new Rule("uc.health.lcwra_element",
            "One LCWRA element per award; from 6 April 2026 at the protected rate for pre-2026, severe conditions and "
                    + "terminally ill claimants and the new-claim rate for others",
            "WRA 2012 s.12(2)(a); UC Regs regs 27(1)(b), 27(4), 28, 36 table; Universal Credit Act 2025");

    public static final Rule LCW_ELEMENT = new Rule("uc.health.lcw_element",
            "The LCW element is paid only to a claimant who has had it since before 3 April 2017, never with LCWRA",
            "UC Regs reg 27(1)(a) as amended from 3 April 2017, with the transitional saving for earlier awards in the "
                    + "Employment and Support Allowance and Universal Credit (Miscellaneous Amendments and Transitional and "
                    + "Savings Provisions) Regulations 2017 (SI 2017/204); reg 36 table");

    public static final Rule CARER_ELEMENT = new Rule("uc.carer_element",
            "A carer element for each claimant with regular and substantial caring responsibilities for a severely "
                    + "disabled person; one element if joint claimants care for the same person",
            "WRA 2012 s.12(2)(b); UC Regs regs 29(1)-(3), 30, 36 table");

    public static final Rule CARER_HEALTH_OVERLAP = new Rule("uc.carer_element.health_overlap",
            "A claimant with both the carer element and an LCW or LCWRA element gets only one: the LCWRA element, or the "
                    + "carer element instead of the (lower) LCW element",
            "UC Regs reg 29(4) (as amended by SI 2017/204)");

    public static final Rule CHILDCARE_COSTS_ELEMENT = new Rule("uc.childcare_costs_element",
            "85% of relevant childcare costs paid, up to the monthly maximum for one or for two or more children, if the "
                    + "work condition is met (single claimant in paid work; joint claimants both in paid work, or one in "
                    + "paid work and the other with LCW/LCWRA or caring)",
            "WRA 2012 s.12(2)(c); UC Regs regs 31, 32, 33, 34, 36 table; rounding reg 6(1)");

    public static final Rule HOUSING_COSTS_ELEMENT = new Rule("uc.housing_costs_element",
            "The housing costs element for a renter is worked out by the housing engine and included in the maximum amount",
            "WRA 2012 s.11; UC Regs reg 25, 26 and Sch 4");

    public static final Rule MAXIMUM_AMOUNT = new Rule("uc.maximum_amount",
            "The maximum amount is the total of the standard allowance and every element",
            "WRA 2012 s.8(2); UC Regs reg 23");

    public static final Rule EARNED_INCOME = new Rule("uc.means_test.earned_income",
            "Earned income is the net earnings of the claimant, or the combined net earnings of joint claimants",
            "WRA 2012 s.8(3); UC Regs regs 22(1)(b), 52, 55");

    public static final Rule WORK_ALLOWANCE = new Rule("uc.means_test.work_allowance",
            "A work allowance only if a claimant is responsible for a child or has limited capability for work: the "
                    + "lower amount if the award contains an amount for housing costs, otherwise the higher amount",
            "UC Regs reg 22(1)(b), (2)");

    public static final Rule EARNINGS_TAPER = new Rule("uc.means_test.earnings_taper",
            "55% of earned income above any work allowance is deducted",
            "UC Regs reg 22(1)(b); rounding reg 6(1)");

    public static final Rule UNEARNED_INCOME = new Rule("uc.means_test.unearned_income",
            "Unearned income of the kinds listed in reg 66 is deducted in full; other income is disregarded",
            "UC Regs reg 22(1)(a), reg 66");

    public static final Rule TARIFF_INCOME = new Rule("uc.means_test.tariff_income",
            "Capital above £6,000 is treated as yielding £4.35 a month for each £250, or part of £250",
            "UC Regs reg 72(1)");

    public static final Rule AWARD_BEFORE_CAP = new Rule("uc.means_test.award",
            "The award is the maximum amount less the income deductions, and not less than nil",
            "WRA 2012 s.8(1), (3); UC Regs reg 22");

    public static final Rule CAP_EXCEPTION_EARNINGS = new Rule("uc.benefit_cap.exception.earnings",
            "The cap does not apply when earned income (combined for a couple) is at least 16 hours a week at the "
                    + "National Living Wage, x 52 / 12, rounded down to the pound",
            "UC Regs reg 82(1)(a), (4), (5); rounding reg 6(1A)(za) (SI 2017/138)");

    public static final Rule CAP_EXCEPTION_GRACE_PERIOD = new Rule("uc.benefit_cap.exception.grace_period",
            "The cap does not apply in a grace period of 9 months after 12 months of earnings at the threshold",
            "UC Regs reg 82(1)(b), (2), (3)");

    public static final Rule CAP_EXCEPTION_BENEFITS = new Rule("uc.benefit_cap.exception.benefits",
            "The cap does not apply with the LCWRA element or ESA support component, the carer element, Carer's or "
                    + "Guardian's Allowance, or a qualifying disability, injury or war benefit for a claimant or child. "
                    + "Reaching State Pension age is not an exception: a couple of whom one is under it may be capped",
            "UC Regs reg 83(1); WRA 2012 s.96 (as amended by the Welfare Reform and Work Act 2016 s.8); gov.uk "
                    + "benefit-cap/when-youre-not-affected");

    public static final Rule CAP_RELEVANT_AMOUNT = new Rule("uc.benefit_cap.relevant_amount",
            "The relevant amount is the annual limit for the household type and area divided by 12",
            "UC Regs reg 80A(1)-(3); rounding reg 6(1)");

    public static final Rule CAP_REDUCTION = new Rule("uc.benefit_cap.reduction",
            "When welfare benefits (UC before the cap plus counted benefits) exceed the relevant amount, the award is "
                    + "reduced by the excess less the childcare costs element, never below nil",
            "UC Regs regs 79, 80(1)-(2), 81");

    public static final Rule DEDUCTIONS_OVERALL_CAP = new Rule("uc.deductions.overall_cap",
            "Deductions other than last-resort ones are limited to a share of the standard allowance: 15% for periods "
                    + "starting on or after 30 April 2025 (25% before); the legislation allows 40%",
            "C&P Regs Sch 6 (40% ceiling); DWP Fair Repayment Rate policy; SI 2025/387 Explanatory Memorandum; "
                    + "rounding UC Regs reg 6(1)");

    public static final Rule DEDUCTIONS_LAST_RESORT = new Rule("uc.deductions.last_resort",
            "Last-resort deductions (rent arrears, fuel) and, for periods starting before 30 April 2026, child "
                    + "maintenance may take total deductions above the overall cap",
            "SI 2025/387 Explanatory Memorandum paras 5.10-5.15; C&P Regs Sch 6 paras 7, 8, 10 (as modified by "
                    + "SI 2025/387)");

    public static final Rule DEDUCTIONS_RENT_ARREARS_BAND = new Rule("uc.deductions.rent_arrears_band",
            "A rent arrears deduction is at least 10% and at most 20% of the standard allowance",
            "C&P Regs Sch 6 para 7 (as amended by SI 2014/2888 reg 6(2)(c)); rounding UC Regs reg 6(1)");

    public static final Rule DEDUCTIONS_THIRD_PARTY_LIMIT = new Rule("uc.deductions.third_party_limit",
            "No more than three third-party deductions in an assessment period",
            "C&P Regs Sch 6 para 3(1)(b), (2)");

    public static final Rule DEDUCTIONS_MINIMUM_PAYMENT = new Rule("uc.deductions.minimum_payment",
            "Deductions may not reduce the payment below one penny",
            "C&P Regs Sch 6 para 3(1)(a)");

    public static final Rule DEDUCTIONS_ORDER = new Rule("uc.deductions.order",
            "Deductions are applied in a fixed priority order: rent arrears, fuel, child maintenance, advance repayment, "
                    + "council tax, fines, water, benefit overpayments, HMRC debts, others",
            "Assumed order (DWP Deductions guidance not read; SI 2025/387 gives child maintenance the highest priority "
                    + "among capped deductions)");

    public static final Rule AWARD = new Rule("uc.award",
            "The monthly award is the award after any benefit cap; the payment is the award less the deductions",
            "WRA 2012 s.8, s.96; C&P Regs reg 47 and Sch 6");

    private static final List<Rule> ALL = List.of(RATES_YEAR, STATE_PENSION_AGE, CAPITAL_LIMIT, STANDARD_ALLOWANCE,
            CHILD_ELEMENT, TWO_CHILD_LIMIT, DISABLED_CHILD_ADDITION, LCWRA_ELEMENT, LCW_ELEMENT, CARER_ELEMENT,
            CARER_HEALTH_OVERLAP, CHILDCARE_COSTS_ELEMENT, HOUSING_COSTS_ELEMENT, MAXIMUM_AMOUNT, EARNED_INCOME,
            WORK_ALLOWANCE, EARNINGS_TAPER, UNEARNED_INCOME, TARIFF_INCOME, AWARD_BEFORE_CAP, CAP_EXCEPTION_EARNINGS,
            CAP_EXCEPTION_GRACE_PERIOD, CAP_EXCEPTION_BENEFITS, CAP_RELEVANT_AMOUNT, CAP_REDUCTION,
            DEDUCTIONS_OVERALL_CAP, DEDUCTIONS_LAST_RESORT, DEDUCTIONS_RENT_ARREARS_BAND, DEDUCTIONS_THIRD_PARTY_LIMIT,
            DEDUCTIONS_MINIMUM_PAYMENT, DEDUCTIONS_ORDER, AWARD);

    private UcRules() {
    }

    /** Every rule of the UC engine, in the order the rules catalogue lists them. */
    public static List<Rule> all() {
        return ALL;
    }
}
