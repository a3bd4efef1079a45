package dev.hearth.domain.rates;

import java.math.BigDecimal;

import static dev.hearth.domain.rates.Confidence.PRIMARY;
import static dev.hearth.domain.rates.Confidence.SECONDARY;

/**
 * The Universal Credit figures that are not amounts of money and do not change with the rates year: ages, counts,
 * hours and the percentages of the deduction and housing rules, each with the provision it is read from. The engine
 * takes every such figure from here (or from {@link UcRates} when it changes by year, such as the 55% taper and the 85%
 * childcare share), and its explanation text is written from the same figure, so the code holds no rule figure of its
 * own.
 *
 * <p>Confidence follows {@code /work/shared/uk-rules.md}: {@link Confidence#PRIMARY} where the provision itself was
 * read, {@link Confidence#SECONDARY} where it is known through CPAG, gov.uk or PolicyEngine.
 */
public final class UcRuleFigures {

    /** The youngest age at which anyone can claim (UC Regs reg 8 lists when a 16 or 17 year old is entitled). */
    public static final Sourced<Integer> MINIMUM_CLAIMANT_AGE = new Sourced<>(16,
            "WRA 2012 s.4(1)(a) and UC Regs 2013 reg 8: at least 18, or 16 or 17 in the cases reg 8 lists", SECONDARY);

    /** From this age a claimant no longer needs one of the reg 8 cases (below it: aged 16 or 17). */
    public static final Sourced<Integer> ADULT_CLAIMANT_AGE = new Sourced<>(18,
            "WRA 2012 s.4(1)(a): at least 18 years old; UC Regs 2013 reg 8 for claimants aged 16 or 17", SECONDARY);

    /** The standard allowance's higher amount is for a claimant of this age or over (reg 36 table). */
    public static final Sourced<Integer> STANDARD_ALLOWANCE_HIGHER_RATE_AGE = new Sourced<>(25,
            "UC Regs 2013 reg 36 table: single claimant or joint claimants \"aged 25 or over\"", SECONDARY);

    /** A person is a child until this birthday (WRA 2012 s.40). */
    public static final Sourced<Integer> CHILD_UNTIL_AGE = new Sourced<>(16,
            "WRA 2012 s.40: \"child\" means a person under the age of 16", SECONDARY);

    /** A qualifying young person in education or training counts until 1 September after this birthday (reg 5). */
    public static final Sourced<Integer> EDUCATION_CONDITION_UNTIL_BIRTHDAY = new Sourced<>(19,
            "UC Regs 2013 reg 5(1)(b), (2), (3): non-advanced education or approved training, until the 1st September "
                    + "following the 19th birthday", SECONDARY);

    /** Before it was abolished, the two-child limit allowed a child element for this many children (reg 24A). */
    public static final Sourced<Integer> TWO_CHILD_LIMIT_CHILDREN = new Sourced<>(2,
            "WRA 2012 s.10(1A); UC Regs 2013 reg 24A: an amount for no more than two children", SECONDARY);

    /** The benefit-cap earnings exception: earnings of at least this many hours a week at the National Living Wage. */
    public static final Sourced<Integer> BENEFIT_CAP_EARNINGS_HOURS = new Sourced<>(16,
            "UC Regs 2013 reg 82(1)(a), (4): 16 hours a week at the national living wage, converted to a monthly amount",
            SECONDARY);

    /** The rent arrears deduction is at least this share of the standard allowance. */
    public static final Sourced<BigDecimal> RENT_ARREARS_MINIMUM = new Sourced<>(new BigDecimal("0.10"),
            "C&P Regs 2013 Sch 6 para 7 (as amended by SI 2014/2888 reg 6(2)(c)): not less than 10% of the standard "
                    + "allowance", SECONDARY);

    /** The rent arrears deduction is at most this share of the standard allowance. */
    public static final Sourced<BigDecimal> RENT_ARREARS_MAXIMUM = new Sourced<>(new BigDecimal("0.20"),
            "C&P Regs 2013 Sch 6 para 7 (as amended by SI 2014/2888 reg 6(2)(c)): not more than 20% of the standard "
                    + "allowance", SECONDARY);

    /** No more than this many third-party deductions are taken in one assessment period. */
    public static final Sourced<Integer> THIRD_PARTY_DEDUCTIONS_MAXIMUM = new Sourced<>(3,
            "C&P Regs 2013 Sch 6 para 3(1)(b), (2): no more than three third-party deductions", SECONDARY);

    /** A non-dependant under this age makes no housing cost contribution. */
    public static final Sourced<Integer> NON_DEPENDANT_EXEMPT_UNDER_AGE = new Sourced<>(21,
            "UC Regs 2013 Sch 4 para 16(2)(a): no contribution from a non-dependant aged under 21", PRIMARY);

    /** The social-sector reduction for one bedroom too many. */
    public static final Sourced<BigDecimal> UNDER_OCCUPANCY_ONE_BEDROOM = new Sourced<>(new BigDecimal("0.14"),
            "UC Regs 2013 Sch 4 para 36(3)(a): 14% for one bedroom above the entitlement", PRIMARY);

    /** The social-sector reduction for two or more bedrooms too many. */
    public static final Sourced<BigDecimal> UNDER_OCCUPANCY_TWO_OR_MORE_BEDROOMS = new Sourced<>(new BigDecimal("0.25"),
            "UC Regs 2013 Sch 4 para 36(3)(b): 25% for two or more bedrooms above the entitlement", PRIMARY);

    /** A single renter under this age gets the shared accommodation rate unless an exception applies. */
    public static final Sourced<Integer> SHARED_ACCOMMODATION_AGE = new Sourced<>(35,
            "UC Regs 2013 Sch 4 para 28: single renter under 35 limited to the shared accommodation rate", PRIMARY);

    /** The largest bedroom entitlement for the private-rented cap. */
    public static final Sourced<Integer> MAXIMUM_BEDROOMS = new Sourced<>(4,
            "UC Regs 2013 Sch 4 para 26: a maximum of four bedrooms", PRIMARY);

    private UcRuleFigures() {
    }
}
