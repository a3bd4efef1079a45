package dev.hearth.domain.debt;

import dev.hearth.domain.money.Pence;

import java.time.LocalDate;
import java.util.List;

/**
 * One debt in the plan, in priority order.
 *
 * @param rank                        position in the order, 1 first
 * @param id                          the caller's id
 * @param type                        the debt type
 * @param status                      priority or non-priority
 * @param sanctionCategory            the remedy that makes it a priority ({@code NONE} for non-priority)
 * @param sanction                    what the creditor can ultimately do, in plain English
 * @param classificationSource        where the classification comes from (publication, or the adviser)
 * @param sourceConfidence            how well sourced the classification is
 * @param classificationBasis         table or adviser
 * @param contested                   whether the type's status is contested
 * @param adviserJustification        the adviser's recorded justification, or empty
 * @param imminentEnforcement         whether an enforcement step is under way (dealt with first)
 * @param enforcementAction           the enforcement event that decides the urgency, or null
 * @param enforcementDate             its date, or null
 * @param balancePence                the amount owed, in pence
 * @param monthlyPaymentPence         the payment the plan offers, in pence per month
 * @param paymentBasis                why that payment
 * @param monthlyUnmetInstalmentPence for a priority debt, the part of its stated instalment the budget cannot meet, in
 *                                    pence per month (zero otherwise)
 * @param monthsToClear               months to clear the balance at this payment (rounded up), or null if nothing is
 *                                    paid
 * @param enforcementUrgency          emergency (the next irreversible step can happen within 14 days), under way, or
 *                                    none
 * @param nextEnforcementStep         the next irreversible enforcement step, in plain English, or null
 * @param nextEnforcementStepDate     the first day it can happen (never before the plan date), or null
 * @param staleEnforcementEvents      enforcement events that no longer count (aged out under
 *                                    {@code debt.enforcement.stale}), possibly none
 */
public record PlannedDebt(int rank, String id, DebtType type, PriorityStatus status, SanctionCategory sanctionCategory,
                          String sanction, String classificationSource, SourceConfidence sourceConfidence,
                          ClassificationBasis classificationBasis, boolean contested, String adviserJustification,
                          boolean imminentEnforcement, EnforcementAction enforcementAction, LocalDate enforcementDate,
                          Pence balancePence, Pence monthlyPaymentPence, PaymentBasis paymentBasis,
                          Pence monthlyUnmetInstalmentPence, Integer monthsToClear,
                          EnforcementUrgency enforcementUrgency, String nextEnforcementStep,
                          LocalDate nextEnforcementStepDate, List<Enforcement> staleEnforcementEvents) {
    public PlannedDebt {
        staleEnforcementEvents = List.copyOf(staleEnforcementEvents);
    }
}
