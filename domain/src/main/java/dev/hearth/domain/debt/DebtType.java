package dev.hearth.domain.debt;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of debt the planner knows. Callers send the constant name (for example {@code "COUNCIL_TAX"}); an unknown
 * name is refused with code {@code unknown_debt_type}. How each kind is classified, and why, is in
 * {@link DebtClassifications}.
 */
public enum DebtType {
    /** Arrears of rent on the home. */
    RENT_ARREARS("rent arrears"),
    /** Arrears on a mortgage secured on the home. */
    MORTGAGE_ARREARS("mortgage arrears"),
    /** Arrears on a second-charge or other loan secured on the home. */
    SECURED_LOAN_ARREARS("secured loan arrears"),
    /** Leasehold ground rent or service charge arrears. */
    GROUND_RENT_OR_SERVICE_CHARGE("ground rent or service charge arrears"),
    /** Council tax arrears. */
    COUNCIL_TAX("council tax arrears"),
    /** Gas supply arrears. */
    GAS("gas arrears"),
    /** Electricity supply arrears. */
    ELECTRICITY("electricity arrears"),
    /** Water and sewerage charges arrears. */
    WATER("water charges arrears"),
    /** Fines imposed by a magistrates' court (or, in Scotland, a criminal court). */
    MAGISTRATES_COURT_FINE("magistrates' court fine"),
    /** Child maintenance or child support arrears. */
    CHILD_MAINTENANCE("child maintenance arrears"),
    /** Income tax, VAT or other tax owed to HMRC. */
    HMRC_TAX("income tax, VAT or other HMRC debt"),
    /** TV licence (including a TV licence fine not yet imposed). */
    TV_LICENCE("TV licence"),
    /** Hire purchase or conditional sale of goods the household needs (for example a car needed for work). */
    HIRE_PURCHASE_ESSENTIAL("hire purchase or conditional sale (essential goods)"),
    /** Hire purchase or conditional sale of goods the household can manage without. */
    HIRE_PURCHASE_NON_ESSENTIAL("hire purchase or conditional sale (non-essential goods)"),
    /** Overpayment of a social security benefit. */
    BENEFIT_OVERPAYMENT("benefit overpayment"),
    /** Overpayment of tax credits. */
    TAX_CREDIT_OVERPAYMENT("tax credit overpayment"),
    /** Social Fund budgeting loan or crisis loan. */
    SOCIAL_FUND_LOAN("Social Fund loan"),
    /** Universal Credit advance (new claim or change of circumstances). */
    UC_ADVANCE("Universal Credit advance"),
    /** Parking or other civil traffic penalty charge. */
    PARKING_PENALTY("parking penalty"),
    /** Credit card. */
    CREDIT_CARD("credit card"),
    /** Store card. */
    STORE_CARD("store card"),
    /** Catalogue or mail-order account. */
    CATALOGUE("catalogue"),
    /** Unsecured personal loan. */
    PERSONAL_LOAN("personal loan"),
    /** Payday or other high-cost short-term loan. */
    PAYDAY_LOAN("payday loan"),
    /** Bank overdraft. */
    OVERDRAFT("overdraft"),
    /** Buy-now-pay-later agreement. */
    BUY_NOW_PAY_LATER("buy now pay later"),
    /** Student loan. */
    STUDENT_LOAN("student loan"),
    /** Money owed to friends or family. */
    FRIENDS_AND_FAMILY("friends and family"),
    /** Any other debt; an adviser should classify it. */
    OTHER("other debt");

    private final String label;

    DebtType(String label) {
        this.label = label;
    }

    /** A plain-English name for explanations. */
    public String label() {
        return label;
    }

    /** The type with exactly this constant name, if there is one (no case folding: the name is a code). */
    public static Optional<DebtType> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(t -> t.name().equals(code)).findFirst();
    }
}
