package dev.hearth.domain.uc;

import dev.hearth.domain.explain.Prose;
import dev.hearth.domain.explain.Assumption;
import dev.hearth.domain.explain.AssumptionSource;
import dev.hearth.domain.explain.Fact;
import dev.hearth.domain.money.Pence;
import dev.hearth.domain.money.RoundingRule;

import java.util.ArrayList;
import java.util.List;

/** The childcare costs element (WRA 2012 s.12(2)(c); UC Regs regs 31-34, 36). */
final class ChildcareCostsElement {

    private static final RoundingRule HALF_UP = RoundingRule.UC_REG_6_NEAREST_PENNY_HALF_UP;

    private static final Assumption PAID_WORK_INFERRED = new Assumption(
            "uc.childcare.paid_work_inferred", AssumptionSource.INFERRED,
            "Whether a claimant is in paid work (childcare work condition, reg 32) was not given, so it "
                    + "is taken from whether they have earnings in the period.");

    private ChildcareCostsElement() {
    }

    /**
     * Reg 34(1): 85% of the relevant childcare costs paid, rounded to the nearest penny (reg 6(1)), not more than the
     * reg 36 maximum for one child or for two or more; only if the work condition of reg 32 is met.
     */
    static void childcare(UcCalculation c) {
        Childcare childcare = c.request.childcare();
        if (childcare == null || childcare.costsPaidPence().isZero()) {
            return;
        }
        List<Fact> inputs = new ArrayList<>(6);
        boolean met = workConditionMet(c, inputs);
        Pence costs = childcare.costsPaidPence();
        inputs.add(new Fact("childcare costs paid", costs.toString()));
        if (!met) {
            c.explain.step(UcRules.CHILDCARE_COSTS_ELEMENT, "No childcare costs element: the work condition is not met",
                    inputs, Pence.ZERO.toString());
            return;
        }
        String share = Prose.percent(c.rates.childcareCostsRate().value());
        Pence shareOfCosts = HALF_UP.roundProduct(costs, c.figures.childcareShare());
        boolean twoOrMore = childcare.childrenCared() >= 2;
        Pence maximum = twoOrMore
                ? c.rates.childcareMaximumTwoOrMoreChildren().value() : c.rates.childcareMaximumOneChild().value();
        inputs.add(new Fact(share + " of costs", shareOfCosts.toString()));
        inputs.add(new Fact("maximum for " + (twoOrMore ? "two or more children" : "one child"), maximum.toString()));
        Pence amount = Pence.min(shareOfCosts, maximum);
        c.explain.step(UcRules.CHILDCARE_COSTS_ELEMENT, amount.equals(maximum) && shareOfCosts.isGreaterThan(maximum)
                        ? "Childcare costs element: " + share + " of costs, limited to the monthly maximum"
                        : "Childcare costs element: " + share + " of costs paid",
                inputs, amount.toString(), HALF_UP);
        c.childcareElement = amount;
        c.elements.add(new ElementAmount(UcElement.CHILDCARE_COSTS_ELEMENT, null, amount, UcRules.CHILDCARE_COSTS_ELEMENT.id()));
    }

    /**
     * Reg 32: a single claimant must be in paid work; joint claimants must both be, or one of them, with the other
     * having limited capability for work or caring for a severely disabled person. Whether a claimant is in paid work
     * is taken from their earnings when it was not given (assumption).
     */
    private static boolean workConditionMet(UcCalculation c, List<Fact> inputs) {
        List<Claimant> claimants = c.claimants;
        boolean[] working = new boolean[claimants.size()];
        for (int i = 0; i < claimants.size(); i++) {
            Claimant claimant = claimants.get(i);
            if (claimant.inPaidWork() == null) {
                working[i] = claimant.netEarningsPence().isPositive();
                c.explain.assume(PAID_WORK_INFERRED);
            } else {
                working[i] = claimant.inPaidWork();
            }
            inputs.add(new Fact("claimants[" + i + "] in paid work", working[i] ? "yes" : "no"));
        }
        if (claimants.size() == 1) {
            return working[0];
        }
        if (working[0] && working[1]) {
            return true;
        }
        for (int i = 0; i < 2; i++) {
            Claimant other = claimants.get(1 - i);
            if (working[i] && (other.workCapability() != WorkCapability.NONE || other.carer())) {
                inputs.add(new Fact("claimants[" + (1 - i) + "]", "has limited capability for work or is a carer"));
                return true;
            }
        }
        return false;
    }
}
