package dev.hearth.domain.debt;

/**
 * Essential spending categories shaped like the Standard Financial Statement (SFS) expenditure sections, as described
 * by Business Debtline's SFS-aligned budget [S]: fixed costs (home and contents, travel, care and health, school costs,
 * pensions and insurances, professional costs), flexible costs (communications and leisure, food and housekeeping,
 * personal costs) and savings. The official SFS sub-item list is member-only and was not read.
 *
 * <p><b>No trigger figures.</b> The SFS spending guidelines ("trigger figures") are licensed to SFS members and are not
 * embedded here: the planner takes the household's own figures as given and never judges them against a guideline.
 *
 * <p>Home-and-contents costs are split so that the ongoing payments on priority bills (rent or mortgage, council tax,
 * energy, and the other bills whose arrears are priority debts) can be shown first, as ongoing priority costs.
 */
public enum ExpenditureCategory {
    /** Rent or mortgage: the current monthly payment, not arrears. */
    RENT_OR_MORTGAGE(SfsGroup.FIXED_COSTS, true, "rent or mortgage"),
    /** Payments on loans secured on the home. */
    SECURED_LOAN_PAYMENTS(SfsGroup.FIXED_COSTS, true, "secured loan payments"),
    /** Ground rent and service charges. */
    GROUND_RENT_AND_SERVICE_CHARGES(SfsGroup.FIXED_COSTS, true, "ground rent and service charges"),
    /** Current council tax. */
    COUNCIL_TAX(SfsGroup.FIXED_COSTS, true, "council tax"),
    /** Gas and electricity (or other fuel). */
    GAS_AND_ELECTRICITY(SfsGroup.FIXED_COSTS, true, "gas and electricity"),
    /**
     * Water and sewerage charges: essential, but not listed with the ongoing priority bills because water arrears are
     * non-priority in England and Wales (see {@link DebtClassifications}); in Scotland water is billed with council tax.
     */
    WATER(SfsGroup.FIXED_COSTS, false, "water"),
    /** TV licence. */
    TV_LICENCE(SfsGroup.FIXED_COSTS, true, "TV licence"),
    /** Child maintenance paid. */
    CHILD_MAINTENANCE_PAID(SfsGroup.FIXED_COSTS, true, "child maintenance paid"),
    /** Hire purchase or conditional sale payments on essential goods. */
    ESSENTIAL_HIRE_PURCHASE(SfsGroup.FIXED_COSTS, true, "hire purchase on essential goods"),
    /** Other home and contents costs: contents insurance, repairs, appliance rental. */
    OTHER_HOME_AND_CONTENTS(SfsGroup.FIXED_COSTS, false, "other home and contents"),
    /** Travel: fares, fuel, vehicle tax, insurance and upkeep. */
    TRAVEL(SfsGroup.FIXED_COSTS, false, "travel"),
    /** Care and health: childcare, adult care, prescriptions, dental and optical costs. */
    CARE_AND_HEALTH(SfsGroup.FIXED_COSTS, false, "care and health"),
    /** School costs: uniforms, meals, trips. */
    SCHOOL_COSTS(SfsGroup.FIXED_COSTS, false, "school costs"),
    /** Pensions and insurances: pension contributions, life and other insurances. */
    PENSIONS_AND_INSURANCES(SfsGroup.FIXED_COSTS, false, "pensions and insurances"),
    /** Professional costs: union or professional fees, work clothing. */
    PROFESSIONAL_COSTS(SfsGroup.FIXED_COSTS, false, "professional costs"),
    /** Communications and leisure: phone, internet, TV packages, hobbies. */
    COMMUNICATIONS_AND_LEISURE(SfsGroup.FLEXIBLE_COSTS, false, "communications and leisure"),
    /** Food and housekeeping: groceries, toiletries, cleaning. */
    FOOD_AND_HOUSEKEEPING(SfsGroup.FLEXIBLE_COSTS, false, "food and housekeeping"),
    /** Personal costs: clothing, footwear, haircuts, gifts. */
    PERSONAL_COSTS(SfsGroup.FLEXIBLE_COSTS, false, "personal costs"),
    /** Emergency savings. */
    SAVINGS(SfsGroup.SAVINGS, false, "savings");

    private final SfsGroup group;
    private final boolean ongoingPriorityCost;
    private final String label;

    ExpenditureCategory(SfsGroup group, boolean ongoingPriorityCost, String label) {
        this.group = group;
        this.ongoingPriorityCost = ongoingPriorityCost;
        this.label = label;
    }

    /** The SFS group the category belongs to. */
    public SfsGroup group() {
        return group;
    }

    /** Whether this is the ongoing payment on a bill whose arrears would be a priority debt; listed first in plans. */
    public boolean ongoingPriorityCost() {
        return ongoingPriorityCost;
    }

    /** Plain-English name for explanations. */
    public String label() {
        return label;
    }
}
