package dev.hearth.domain.uc;

import dev.hearth.domain.money.Pence;

/**
 * The income side of the award (WRA 2012 s.8(3); UC Regs reg 22). All amounts are integer pence for the period.
 *
 * @param earnedIncome         combined net earnings of the claimant(s)
 * @param workAllowance        the work allowance applied (zero when none)
 * @param earningsReduction    55% of earnings above the work allowance, rounded under reg 6(1)
 * @param unearnedIncome       unearned income deducted in full (reg 66)
 * @param tariffIncome         income assumed from capital above £6,000 (reg 72)
 * @param totalIncomeDeduction the sum of the three deductions above
 */
public record MeansTest(Pence earnedIncome, Pence workAllowance, Pence earningsReduction, Pence unearnedIncome,
                        Pence tariffIncome, Pence totalIncomeDeduction) {
}
