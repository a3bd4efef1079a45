package dev.hearth.domain.uc;

import dev.hearth.domain.money.Pence;

/**
 * The income side of the award (WRA 2012 s.8(3); UC Regs reg 22). All amounts are integer pence for the period.
 *
 * @param earnedIncomePence         combined net earnings of the claimant(s)
 * @param workAllowancePence        the work allowance applied (zero when none)
 * @param earningsReductionPence    55% of earnings above the work allowance, rounded under reg 6(1)
 * @param unearnedIncomePence       unearned income deducted in full (reg 66)
 * @param tariffIncomePence         income assumed from capital above £6,000 (reg 72)
 * @param totalIncomeDeductionPence the sum of the three deductions above
 */
public record MeansTest(Pence earnedIncomePence, Pence workAllowancePence, Pence earningsReductionPence, Pence unearnedIncomePence,
                        Pence tariffIncomePence, Pence totalIncomeDeductionPence) {
}
