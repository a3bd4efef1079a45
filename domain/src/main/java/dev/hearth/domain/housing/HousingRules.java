package dev.hearth.domain.housing;

import dev.hearth.domain.explain.Rule;

import java.util.List;

/**
 * Every rule the housing costs element applies, with its legal reference. The ids appear in explanations, in
 * {@code docs/rules/housing-costs.md} and in tests; a test keeps that document and {@link #all()} in step.
 *
 * <p>"UC Regs" is the Universal Credit Regulations 2013 (SI 2013/376); "Sch 4" is its Schedule 4 (housing costs
 * element for renters). Where a reference could not be read in full on legislation.gov.uk, the reference says so and
 * the rules catalogue marks it.
 */
public final class HousingRules {

    /** Ruleset version recorded with every housing step; it names the LHA table data version. */
    public static final String RULESET_VERSION = "housing-costs.v1+" + LhaTable.DATA_VERSION;

    public static final Rule MONTHLY_PAYMENTS = new Rule("housing.payments.monthly",
            "Rent and eligible service charges are taken as monthly amounts: weekly x 52 / 12, two-weekly x 26 / 12, "
                    + "four-weekly x 13 / 12, three-monthly x 4 / 12, yearly / 12, each rounded to the nearest penny",
            "UC Regs Sch 4 para 7(1)-(2); rounding UC Regs reg 6(1)");

    public static final Rule COMMODITY_CHARGES = new Rule("housing.social.commodity_charges",
            "In the social sector an amount included in the rent for a commodity such as water or fuel is deducted",
            "UC Regs Sch 4 para 31");

    public static final Rule BEDROOM_ENTITLEMENT = new Rule("housing.size.bedroom_entitlement",
            "One bedroom for the renter or joint renters; one for each other person aged 16 or over; one for two "
                    + "children of the same sex; one for two children under 10; one for any other child (a child is "
                    + "under 16); each person counted once, pairing children so the fewest bedrooms result",
            "UC Regs Sch 4 paras 8-10; Welfare Reform Act 2012 s.40 (child under 16)");

    public static final Rule DISABLED_CHILD = new Rule("housing.size.disabled_child",
            "A child getting DLA care (middle or highest) or Child Disability Payment care (middle or highest) who "
                    + "cannot reasonably share because of disability has a bedroom alone",
            "UC Regs Sch 4 para 12(1)(c), (6)");

    public static final Rule DISABLED_PERSON = new Rule("housing.size.disabled_person",
            "A joint renter with a qualifying benefit who cannot reasonably share a bedroom with the other joint renter "
                    + "because of disability gives one additional bedroom",
            "UC Regs Sch 4 para 12(1)(d), (6A)");

    public static final Rule OVERNIGHT_CARE = new Rule("housing.size.overnight_care",
            "One additional bedroom when the renter, someone in the extended benefit unit or a foster child gets a "
                    + "qualifying benefit and non-resident carers stay overnight regularly to provide care",
            "UC Regs Sch 4 para 12(A1), (3)");

    public static final Rule FOSTER_PARENT = new Rule("housing.size.foster_parent",
            "One additional bedroom for a foster parent (including up to 12 months between placements or after "
                    + "approval) or an adopter with a child placed",
            "UC Regs Sch 4 para 12(1)(b), (4), (5)");

    public static final Rule FOUR_BEDROOM_LIMIT = new Rule("housing.private.four_bedroom_limit",
            "In the private sector no renter is entitled to more than four bedrooms",
            "UC Regs Sch 4 para 26");

    public static final Rule SHARED_ACCOMMODATION = new Rule("housing.private.shared_accommodation",
            "A single renter under the SAR age (35) with no children or qualifying young people and no non-dependants, "
                    + "who is not an excepted person, is entitled to the shared accommodation rate only",
            "UC Regs Sch 4 paras 27-28");

    public static final Rule SAR_EXCEPTION = new Rule("housing.private.sar_exception",
            "Excepted from the shared accommodation rate: care leaver aged 18-24; 16-34 after 3 months in homeless "
                    + "hostels with resettlement services; qualifying disability benefit; MAPPA; victim of domestic "
                    + "abuse; victim of modern slavery",
            "UC Regs Sch 4 para 29(2), (4), (5), (6), (7), (9B), (9C) (9B and 9C inserted by SI 2022/942)");

    public static final Rule LHA_RATE = new Rule("housing.private.lha_rate",
            "The Local Housing Allowance for the renter's broad rental market area and category: the rate the caller "
                    + "supplies, otherwise Hearth's cited LHA table entry in force on the first day of the period",
            "Rent Officers (Universal Credit Functions) Order 2013 (SI 2013/382) art 4, Sch 1; UC Regs Sch 4 para 25 "
                    + "(text not read by Hearth)");

    public static final Rule CAP_RENT = new Rule("housing.private.cap_rent",
            "In the private sector the amount is the lower of the core rent (rent plus eligible service charges) and "
                    + "the cap rent (the LHA for the category)",
            "UC Regs Sch 4 paras 22-25 (core rent and cap rent)");

    public static final Rule UNDER_OCCUPANCY = new Rule("housing.social.under_occupancy",
            "In the social sector, where the home has more bedrooms than the entitlement, the amount is reduced by "
                    + "14% for one excess bedroom or 25% for two or more, rounded to the nearest penny",
            "UC Regs Sch 4 para 36(1)-(4); rounding UC Regs reg 6(1)");

    public static final Rule UNDER_OCCUPANCY_EXEMPTION = new Rule("housing.social.under_occupancy_exemption",
            "No under-occupancy deduction for a shared owner, or for a home adapted under a sanctuary scheme because "
                    + "of domestic violence (assessment periods from 1 October 2021)",
            "UC Regs Sch 4 para 36(5) (shared ownership, reg 26(4)-(6)); para 36 as amended by SI 2021/991 regs 4-5 "
                    + "(sanctuary scheme)");

    public static final Rule RENTER_EXEMPT = new Rule("housing.contributions.renter_exempt",
            "No housing cost contributions at all when the renter, or either joint renter, is blind or gets DLA care "
                    + "(middle or highest), attendance allowance or PIP daily living, or is entitled to one of them but "
                    + "not paid it during a hospital or care-home stay",
            "UC Regs Sch 4 para 15; \"attendance allowance\" and \"blind\" as defined in UC Regs reg 2");

    public static final Rule NON_DEPENDANT_CONTRIBUTION = new Rule("housing.contributions.non_dependant",
            "A flat monthly housing cost contribution for each non-dependant, unless the non-dependant is exempt",
            "UC Regs Sch 4 paras 13, 14(1), 16");

    public static final Rule CONTRIBUTIONS_LAST = new Rule("housing.contributions.deducted_last",
            "Contributions are deducted after every other step; if they exceed what is left the element is nil and "
                    + "nothing more is taken from the rest of the award",
            "UC Regs Sch 4 para 14(2)-(3)");

    private static final List<Rule> ALL = List.of(MONTHLY_PAYMENTS, COMMODITY_CHARGES, BEDROOM_ENTITLEMENT,
            DISABLED_CHILD, DISABLED_PERSON, OVERNIGHT_CARE, FOSTER_PARENT, FOUR_BEDROOM_LIMIT, SHARED_ACCOMMODATION,
            SAR_EXCEPTION, LHA_RATE, CAP_RENT, UNDER_OCCUPANCY, UNDER_OCCUPANCY_EXEMPTION, RENTER_EXEMPT,
            NON_DEPENDANT_CONTRIBUTION, CONTRIBUTIONS_LAST);

    private HousingRules() {
    }

    /** Every rule the housing engine declares, in the order an explanation normally uses them. */
    public static List<Rule> all() {
        return ALL;
    }
}
