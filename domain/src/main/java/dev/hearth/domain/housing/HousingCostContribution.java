package dev.hearth.domain.housing;

import dev.hearth.domain.money.Pence;

/**
 * The housing cost contribution for one non-dependant (UC Regs 2013 Sch 4 paras 13-16): the amount deducted, or nil
 * with the exemption that applies.
 *
 * @param nonDependant the input path, e.g. {@code nonDependants[0]}
 * @param amountPence       the monthly contribution deducted (zero when exempt)
 * @param exemption    why no contribution is made, or {@code null} when one is made
 */
public record HousingCostContribution(String nonDependant, Pence amountPence, ContributionExemption exemption) {

    /** True when this non-dependant makes a contribution. */
    public boolean payable() {
        return exemption == null;
    }
}
