package dev.hearth.domain.rent;

import dev.hearth.domain.money.Pence;

/**
 * Whether the landlord can ask DWP to pay the Universal Credit housing element to them (an Alternative Payment
 * Arrangement, "managed payment"), and the band for a third-party deduction towards the arrears.
 *
 * @param managedPaymentRequestable         arrears are at the level at which a managed payment can be requested
 * @param basis                             which trigger was met, or why none was
 * @param twoMonthsRentPence                two months' rent (monthly equivalent x 2), in pence
 * @param thirdPartyDeductionAvailable      arrears are at the level at which a deduction can be requested
 * @param deductionMinimumMonthlyPence      10% of the standard allowance, rounded up to the penny, in pence per month;
 *                                          null when the standard allowance was not given
 * @param deductionMaximumMonthlyPence      20% of the standard allowance, rounded down to the penny, in pence per month;
 *                                          null when the standard allowance was not given
 * @param note                              caveats (the 15% overall cap interaction is unconfirmed)
 */
public record ManagedPayment(boolean managedPaymentRequestable, String basis, Pence twoMonthsRentPence,
                             boolean thirdPartyDeductionAvailable, Pence deductionMinimumMonthlyPence,
                             Pence deductionMaximumMonthlyPence, String note) {
}
