package dev.hearth.domain.debt;

import dev.hearth.domain.money.Pence;

/**
 * Facts used only to decide whether Breathing Space or a formal option may be worth advice. Every field is optional;
 * an unknown fact is listed under "to check" in the flag rather than guessed.
 *
 * @param ownsHome                              whether anyone in the household owns their home
 * @param assetsValuePence                      the value of savings and other assets, in pence (a stock, no period)
 * @param vehicleValuePence                     the value of any vehicle, in pence
 * @param inInsolvencyProcedure                 whether the person is in a DRO, IVA, interim order or undischarged
 *                                              bankruptcy (or a Scottish equivalent)
 * @param standardBreathingSpaceInLast12Months  whether a standard Breathing Space was used in the last 12 months
 * @param mentalHealthCrisisTreatment           whether the person is receiving mental health crisis treatment
 */
public record DebtAdviceFacts(Boolean ownsHome, Pence assetsValuePence, Pence vehicleValuePence,
                             Boolean inInsolvencyProcedure, Boolean standardBreathingSpaceInLast12Months,
                             boolean mentalHealthCrisisTreatment) {

    /** No facts known. */
    public static DebtAdviceFacts unknown() {
        return new DebtAdviceFacts(null, null, null, null, null, false);
    }
}
