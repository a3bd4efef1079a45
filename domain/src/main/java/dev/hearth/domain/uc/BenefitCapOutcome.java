package dev.hearth.domain.uc;

import dev.hearth.domain.money.Pence;

import java.util.List;

/**
 * How the benefit cap treated the award (UC Regs Part 7). Amounts are integer pence for the period.
 *
 * @param considered           false when there was no award to cap (nil before the cap)
 * @param exceptions           every exception that applies; the cap is not applied when any does
 * @param earningsThresholdPence    the reg 82(1)(a) earnings threshold for the period (zero when not considered)
 * @param relevantAmountPence       the monthly cap for the household (zero when an exception applied or not considered)
 * @param totalWelfareBenefitsPence UC before the cap plus the welfare benefits counted (zero when not worked out)
 * @param reductionPence            the amount the award was reduced by (zero when the cap did not bite)
 */
public record BenefitCapOutcome(boolean considered, List<BenefitCapException> exceptions, Pence earningsThresholdPence,
                                Pence relevantAmountPence, Pence totalWelfareBenefitsPence, Pence reductionPence) {

    public BenefitCapOutcome {
        exceptions = List.copyOf(exceptions);
    }

    /** True when the cap reduced the award. */
    public boolean applied() {
        return reductionPence.isPositive();
    }
}
