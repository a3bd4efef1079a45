package dev.hearth.domain.debt;

import dev.hearth.domain.money.Pence;

import java.util.List;

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
 * @param enforcement            an enforcement event (kept for callers that send one), or null if none; it counts
 *                               exactly like one entry of {@code enforcementEvents}
 * @param adviserClassification  an adviser's classification of the debt, with the reason, or null if none; it
 *                               replaces the table's and the circumstances' classification for any type
 * @param largeBalanceConfirmed  set to confirm a balance above the plausibility limit
 *                               ({@link DebtRules#PLAUSIBLE_BALANCE_LIMIT_PENCE}) is not a typing error
 * @param enforcementEvents      every enforcement event on the debt, each with the date it happened or will happen, in
 *                               any order (optional, at most {@link DebtRules#MAX_ENFORCEMENT_EVENTS}); the next
 *                               irreversible step decides the urgency, and stale events age out
 *                               ({@code debt.enforcement.urgency}, {@code debt.enforcement.stale})
 * @param circumstances          facts that can change the classification (current home, current supplier, benefits
 *                               in payment, an arrangement in place), or null when none are given
 */
public record DebtInput(String id, String type, String creditor, Pence balancePence, Pence monthlyInstalmentPence,
                        Enforcement enforcement, AdviserClassification adviserClassification,
                        boolean largeBalanceConfirmed, List<Enforcement> enforcementEvents,
                        DebtCircumstances circumstances) {

    public DebtInput {
        enforcementEvents = enforcementEvents == null ? null : java.util.Collections.unmodifiableList(
                new java.util.ArrayList<>(enforcementEvents));
    }

    /** A debt without an enforcement events list (the shape before the list was added). */
    public DebtInput(String id, String type, String creditor, Pence balancePence, Pence monthlyInstalmentPence,
                     Enforcement enforcement, AdviserClassification adviserClassification,
                     boolean largeBalanceConfirmed) {
        this(id, type, creditor, balancePence, monthlyInstalmentPence, enforcement, adviserClassification,
                largeBalanceConfirmed, null, null);
    }

    /** A debt without circumstances. */
    public DebtInput(String id, String type, String creditor, Pence balancePence, Pence monthlyInstalmentPence,
                     Enforcement enforcement, AdviserClassification adviserClassification,
                     boolean largeBalanceConfirmed, List<Enforcement> enforcementEvents) {
        this(id, type, creditor, balancePence, monthlyInstalmentPence, enforcement, adviserClassification,
                largeBalanceConfirmed, enforcementEvents, null);
    }
}
