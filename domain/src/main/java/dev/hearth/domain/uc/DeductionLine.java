package dev.hearth.domain.uc;

import dev.hearth.domain.money.Pence;

/**
 * One deduction as requested and as applied. Amounts are integer pence for the period.
 *
 * @param type      what it is for
 * @param requestedPence the amount asked for (for rent arrears, after bringing it into the 10%-20% band)
 * @param appliedPence   the amount taken from the payment
 * @param note      why {@code applied} differs from {@code requested}, or how it was set; empty when taken in full
 * @param ruleId    the rule that limited or set it
 */
public record DeductionLine(DeductionType type, Pence requestedPence, Pence appliedPence, String note, String ruleId) {
}
