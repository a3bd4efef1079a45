package dev.hearth.domain.debt;

import dev.hearth.domain.money.Pence;

/**
 * One debt as the caller describes it.
 *
 * @param id                     the caller's identifier for the debt, unique within the request (1 to 64 characters)
 * @param type                   the {@link DebtType} constant name, e.g. {@code "COUNCIL_TAX"}
 * @param creditor               who is owed, or null when not given (never copied into explanations)
 * @param balancePence           the amount owed now, in pence (more than zero)
 * @param monthlyInstalmentPence for a priority debt, the instalment agreed or required each month towards the arrears,
 *                               in pence per month, or null when not given (ignored for non-priority debts, which
 *                               are paid pro rata)
 * @param enforcement            an enforcement step under way, or null if none
 * @param adviserClassification  an adviser's classification of a contested type, or null if none
 * @param largeBalanceConfirmed  set to confirm a balance above the plausibility limit
 *                               ({@link DebtRules#PLAUSIBLE_BALANCE_LIMIT_PENCE}) is not a typing error
 */
public record DebtInput(String id, String type, String creditor, Pence balancePence, Pence monthlyInstalmentPence,
                        Enforcement enforcement, AdviserClassification adviserClassification,
                        boolean largeBalanceConfirmed) {
}
