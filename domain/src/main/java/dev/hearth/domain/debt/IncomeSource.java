package dev.hearth.domain.debt;

/**
 * Kinds of household income, shaped like the income section of the Standard Financial Statement (owned by the Money and
 * Pensions Service). Only the kind is recorded; no figure is implied.
 */
public enum IncomeSource {
    /** Earnings from employment or self-employment, after tax and National Insurance. */
    EARNINGS,
    /** Universal Credit (after any deductions actually taken). */
    UNIVERSAL_CREDIT,
    /** Child Benefit. */
    CHILD_BENEFIT,
    /** Other benefits and tax credits (for example PIP, Carer's Allowance). */
    OTHER_BENEFITS,
    /** State, occupational or private pensions. */
    PENSIONS,
    /** Maintenance received for children or a former partner. */
    MAINTENANCE_RECEIVED,
    /** Contributions from other adults in the home. */
    HOUSEHOLD_CONTRIBUTIONS,
    /** Anything else. */
    OTHER
}
