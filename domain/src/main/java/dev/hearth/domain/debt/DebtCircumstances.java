package dev.hearth.domain.debt;

/**
 * Facts about a debt that can change how it is classified ({@code debt.classify.circumstances}). Every field is
 * optional: an unknown fact leaves the table's classification in place.
 *
 * @param forCurrentHome                  for rent, mortgage, ground rent or service charge, gas or electricity arrears:
 *                                        whether the debt is for the home the household lives in now ({@code false}:
 *                                        a former home, which can no longer be lost or disconnected over it)
 * @param owedToCurrentSupplier           for gas or electricity arrears: whether the debt is owed to the household's
 *                                        current supplier ({@code false}: a former supplier, which cannot disconnect
 *                                        the supply it no longer provides)
 * @param receivesDeductibleBenefits      for benefit or tax credit overpayments, Social Fund loans and UC advances:
 *                                        whether the person receives a benefit the debt can be deducted from
 * @param arrangementInPlace              whether an arrangement to pay this debt has been agreed with the creditor and
 *                                        is being kept (the stated instalment is then that arrangement)
 */
public record DebtCircumstances(Boolean forCurrentHome, Boolean owedToCurrentSupplier,
                                Boolean receivesDeductibleBenefits, Boolean arrangementInPlace) {
}
