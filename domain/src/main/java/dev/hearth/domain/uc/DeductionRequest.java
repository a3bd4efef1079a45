package dev.hearth.domain.uc;

import dev.hearth.domain.money.Pence;

/**
 * A deduction DWP has said it will take (or the household expects) from the payment for the assessment period.
 *
 * @param type   what the deduction is for
 * @param amountPence integer pence requested for the period; may be {@code null} only for {@link DeductionType#RENT_ARREARS},
 *               meaning the legal minimum of 10% of the standard allowance
 */
public record DeductionRequest(DeductionType type, Pence amountPence) {
}
