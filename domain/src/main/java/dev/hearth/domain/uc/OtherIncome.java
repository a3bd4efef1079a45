package dev.hearth.domain.uc;

import dev.hearth.domain.money.Pence;

/**
 * A payment other than earnings that someone in the benefit unit receives, with the amount for the assessment period.
 *
 * @param type   what it is; the type decides how UC and the benefit cap treat it ({@link OtherIncomeType})
 * @param amountPence integer pence received for the assessment period (may be zero for a benefit that matters only because
 *               it is received, such as a war pension)
 */
public record OtherIncome(OtherIncomeType type, Pence amountPence) {
}
