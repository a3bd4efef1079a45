package dev.hearth.domain.uc;

import dev.hearth.domain.explain.Prose;
import dev.hearth.domain.explain.Assumption;
import dev.hearth.domain.explain.AssumptionSource;
import dev.hearth.domain.explain.Fact;
import dev.hearth.domain.explain.StepText;
import dev.hearth.domain.money.Pence;
import dev.hearth.domain.money.RoundingRule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The means test (WRA 2012 s.8(3); UC Regs reg 22): earned income, the work allowance, the taper, unearned income and
 * tariff income (from {@link CapitalRules}) are taken from the maximum amount.
 */
final class MeansTestRules {

    private static final RoundingRule HALF_UP = RoundingRule.UC_REG_6_NEAREST_PENNY_HALF_UP;

    private static final Assumption EARNINGS_NET = new Assumption("uc.earnings_net", AssumptionSource.USER_SUPPLIED,
            "Earnings are the net amounts for the assessment period after income tax, National Insurance and "
                    + "pension contributions, as reported through PAYE or by the self-employed claimant.");

    private MeansTestRules() {
    }

    /**
     * UC Regs regs 52, 55: earned income is the claimants' net earnings, added together for joint claimants. Reg
     * 22(1)(b): the taper rate (55%) of earned income above the work allowance is deducted, rounded to the nearest
     * penny (reg 6(1)). Then unearned income and tariff income.
     */
    static MeansTest meansTest(UcCalculation c) {
        List<Claimant> claimants = c.claimants;
        long earned = 0;
        for (int claimantIndex = 0; claimantIndex < claimants.size(); claimantIndex++) {
            earned = Math.addExact(earned, claimants.get(claimantIndex).netEarningsPence().value());
        }
        Pence earnedIncome = Pence.of(earned);
        c.explain.step(UcRules.EARNED_INCOME, () -> {
            List<Fact> earningsInputs = new ArrayList<>(2);
            for (int i = 0; i < claimants.size(); i++) {
                earningsInputs.add(new Fact("claimants[" + i + "] net earnings", claimants.get(i).netEarningsPence().toString()));
            }
            return StepText.of(claimants.size() == 2
                            ? "Earned income: the joint claimants' net earnings added together" : "Earned income: net earnings",
                    earningsInputs, earnedIncome.toString());
        });
        if (earnedIncome.isPositive()) {
            c.explain.assume(EARNINGS_NET);
        }

        Pence workAllowance = workAllowance(c);
        Pence excess = earnedIncome.minusFloorZero(workAllowance);
        BigDecimal taperRate = c.rates.taperRate().value();
        Pence reduction = HALF_UP.roundProduct(excess, c.figures.taper());
        c.explain.step(UcRules.EARNINGS_TAPER, () -> StepText.rounded(
                Prose.percent(taperRate) + " of earned income above the work allowance is deducted",
                List.of(new Fact("earned income", earnedIncome.toString()), new Fact("work allowance", workAllowance.toString()),
                        new Fact("earnings above the allowance", excess.toString()),
                        new Fact("taper rate", taperRate.toPlainString())),
                reduction.toString(), HALF_UP));

        Pence unearned = unearnedIncome(c);
        Pence tariff = CapitalRules.tariffIncome(c);
        Pence total = Pence.of(Math.addExact(Math.addExact(reduction.value(), unearned.value()), tariff.value()));
        return new MeansTest(earnedIncome, workAllowance, reduction, unearned, tariff, total);
    }

    /**
     * Reg 22(1)(b), (2): a work allowance only for a claimant responsible for a child or with limited capability for
     * work; the lower amount if the award contains an amount for housing costs, the higher if not.
     */
    static Pence workAllowance(UcCalculation c) {
        boolean children = !c.request.children().isEmpty();
        boolean anyLcw = false;
        for (int claimantIndex = 0; claimantIndex < c.claimants.size(); claimantIndex++) {
            anyLcw |= c.claimants.get(claimantIndex).workCapability() != WorkCapability.NONE;
        }
        boolean lcw = anyLcw;
        if (!children && !lcw) {
            c.explain.step(UcRules.WORK_ALLOWANCE, () -> StepText.of(
                    "No work allowance: no child and no limited capability for work",
                    List.of(new Fact("responsible for a child or qualifying young person", "no"),
                            new Fact("limited capability for work", "no")),
                    Pence.ZERO.toString()));
            return Pence.ZERO;
        }
        boolean housingAmount = c.housing != null && c.housing.monthlyAmountPence().isPositive();
        Pence amount = housingAmount ? c.rates.workAllowanceWithHousing().value() : c.rates.workAllowanceWithoutHousing().value();
        c.explain.step(UcRules.WORK_ALLOWANCE, () -> StepText.of(housingAmount
                        ? "Lower work allowance: the award contains an amount for housing costs"
                        : "Higher work allowance: the award contains no amount for housing costs",
                List.of(new Fact("responsible for a child or qualifying young person", children ? "yes" : "no"),
                        new Fact("limited capability for work", lcw ? "yes" : "no"),
                        new Fact("award contains an amount for housing costs", housingAmount ? "yes" : "no")),
                amount.toString()));
        if (c.housing != null && c.housing.isNil()) {
            c.explain.assume("uc.work_allowance.nil_housing", AssumptionSource.UNCONFIRMED_RULE,
                    "The housing costs element works out at nil, and the higher work allowance is used because reg "
                            + "22(2) gives it where the award \"contains no amount for the housing costs element\". "
                            + "Whether a nil element counts as no amount is not settled; if it does not, the lower "
                            + "work allowance (" + c.rates.workAllowanceWithHousing().value() + ") applies.");
        }
        return amount;
    }

    /** Reg 22(1)(a), 66: unearned income of the kinds reg 66 lists is deducted in full; the rest is disregarded. */
    static Pence unearnedIncome(UcCalculation c) {
        List<OtherIncome> otherIncome = c.request.otherIncome();
        if (otherIncome.isEmpty()) {
            return Pence.ZERO; // nothing to count, and no step
        }
        long counted = 0;
        List<Fact> inputs = new ArrayList<>();
        for (int i = 0; i < otherIncome.size(); i++) {
            OtherIncome income = otherIncome.get(i);
            OtherIncomeType type = income.type();
            inputs.add(new Fact("otherIncome[" + i + "] " + type.description(), income.amountPence()
                    + (type.isUnearnedIncome() ? " counted" : " disregarded") + " (" + type.legalBasis() + ")"));
            if (type.isUnearnedIncome()) {
                counted = Math.addExact(counted, income.amountPence().value());
            }
        }
        Pence unearned = Pence.of(counted);
        c.explain.step(UcRules.UNEARNED_INCOME, "Unearned income counted by reg 66 is deducted in full; the rest "
                + "is disregarded", inputs, unearned.toString());
        return unearned;
    }

    /** WRA 2012 s.8(1), (3): the award is the maximum amount less the income deductions, not less than nil. */
    static Pence awardBeforeCap(UcCalculation c, Pence maximum, MeansTest means) {
        Pence award = maximum.minusFloorZero(means.totalIncomeDeductionPence());
        c.explain.step(UcRules.AWARD_BEFORE_CAP, () -> StepText.of(
                "Award: the maximum amount less the income deductions, not less than nil",
                List.of(new Fact("maximum amount", maximum.toString()),
                        new Fact("earnings deduction", means.earningsReductionPence().toString()),
                        new Fact("unearned income", means.unearnedIncomePence().toString()),
                        new Fact("tariff income", means.tariffIncomePence().toString())),
                award.toString()));
        if (award.isZero()) {
            c.nilReasons.add(NilAwardReason.INCOME_TOO_HIGH);
        }
        return award;
    }
}
