package dev.hearth.domain.uc;

import dev.hearth.domain.explain.Assumption;
import dev.hearth.domain.explain.Fact;
import dev.hearth.domain.explain.StepText;
import dev.hearth.domain.money.Pence;
import dev.hearth.domain.money.RoundingRule;
import dev.hearth.domain.rates.Confidence;
import dev.hearth.domain.rates.DatedValue;
import dev.hearth.domain.rates.Sourced;
import dev.hearth.domain.rates.UcRates;
import dev.hearth.domain.rates.UcRatesSchedule;
import dev.hearth.domain.rates.UcRuleFigures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The benefit cap (WRA 2012 s.96; UC Regs regs 79-83): its exceptions, the relevant amount and the reduction. */
final class BenefitCapRules {

    private static final RoundingRule HALF_UP = RoundingRule.UC_REG_6_NEAREST_PENNY_HALF_UP;

    /**
     * Shown in the relevant-amount step when one of a couple has reached State Pension age: that is no exception to the
     * cap (reg 83(1) has none), and gov.uk says the cap may apply to a couple of whom one is under State Pension age.
     */
    private static final Fact MIXED_AGE_COUPLE_FACT = new Fact("one of the couple over State Pension age",
            "no exception: UC Regs reg 83(1) has none, and the cap may apply while one of a couple is under State Pension "
                    + "age (gov.uk benefit-cap/when-youre-not-affected)");

    private BenefitCapRules() {
    }

    /** The outcome when the cap is not considered (no award to cap, or not entitled). */
    static BenefitCapOutcome notConsidered() {
        return new BenefitCapOutcome(false, List.of(), Pence.ZERO, Pence.ZERO, Pence.ZERO, Pence.ZERO);
    }

    /**
     * Regs 79-81: when no exception applies (reg 82 earnings or grace period, reg 83 benefits), the award is reduced by
     * the welfare benefits above the relevant amount (reg 80A: the annual limit / 12), less the childcare costs
     * element, never below nil.
     */
    static BenefitCapOutcome benefitCap(UcCalculation c, Pence awardBeforeCap, Pence earnedIncome) {
        if (awardBeforeCap.isZero()) {
            return notConsidered();
        }
        List<BenefitCapException> exceptions = new ArrayList<>(3);
        Pence threshold = earningsException(c, earnedIncome, exceptions);
        if (c.request.benefitCapGracePeriod()) {
            exceptions.add(BenefitCapException.GRACE_PERIOD);
            c.explain.step(UcRules.CAP_EXCEPTION_GRACE_PERIOD, "The benefit cap does not apply: the period is in a grace period",
                    List.of(new Fact("grace period", "yes (as given)")), "exception applies");
        }
        BenefitCapExceptions.benefitExceptions(c, exceptions);
        if (!exceptions.isEmpty()) {
            return new BenefitCapOutcome(true, List.copyOf(exceptions), threshold, Pence.ZERO, Pence.ZERO, Pence.ZERO);
        }
        boolean coupleOrChild = c.claimants.size() == 2 || !c.request.children().isEmpty();
        boolean london = c.request.livesInGreaterLondon();
        Sourced<Pence> annual = annualLimit(c.rates, london, coupleOrChild);
        Pence relevant = c.figures.monthlyCap(london, coupleOrChild); // annual / 12, rounded half-up (reg 6(1))
        List<Fact> capFacts = new ArrayList<>(4);
        capFacts.add(new Fact("household", coupleOrChild ? "couple, or single with a child" : "single, no child"));
        capFacts.add(new Fact("area", london ? "Greater London" : "outside Greater London"));
        capFacts.add(new Fact("annual limit", annual.value().toString()));
        if (anyClaimantOverStatePensionAge(c)) {
            capFacts.add(MIXED_AGE_COUPLE_FACT);
        }
        c.explain.step(UcRules.CAP_RELEVANT_AMOUNT, "Monthly benefit cap: the annual limit divided by 12",
                capFacts, relevant.toString(), HALF_UP);
        long counted = awardBeforeCap.value();
        List<Fact> inputs = new ArrayList<>();
        inputs.add(new Fact("Universal Credit before the cap", awardBeforeCap.toString()));
        List<OtherIncome> otherIncome = c.request.otherIncome();
        for (int i = 0; i < otherIncome.size(); i++) {
            OtherIncome income = otherIncome.get(i);
            if (income.type().isWelfareBenefitForCap()) {
                counted = Math.addExact(counted, income.amountPence().value());
                inputs.add(new Fact("otherIncome[" + i + "] " + income.type().description(), income.amountPence().toString()));
            }
        }
        Pence total = Pence.of(counted);
        inputs.add(new Fact("total welfare benefits", total.toString()));
        inputs.add(new Fact("relevant amount", relevant.toString()));
        inputs.add(new Fact("childcare costs element", c.childcareElement.toString()));
        Pence excess = total.minusFloorZero(relevant);
        Pence reduction = Pence.min(excess.minusFloorZero(c.childcareElement), awardBeforeCap);
        c.explain.step(UcRules.CAP_REDUCTION, reduction.isPositive()
                        ? "The benefit cap applies: the award is reduced by the welfare benefits above the cap, less the childcare costs element"
                        : "The benefit cap does not reduce the award: welfare benefits, less the childcare costs element, are within the cap",
                inputs, reduction.toString());
        return new BenefitCapOutcome(true, List.of(), threshold, relevant, total, reduction);
    }

    /** Reg 80A(2): the annual limit for the household's area and kind. */
    private static Sourced<Pence> annualLimit(UcRates rates, boolean london, boolean coupleOrChild) {
        if (london) {
            return coupleOrChild ? rates.benefitCapAnnualLondonCoupleOrWithChild() : rates.benefitCapAnnualLondonSingle();
        }
        return coupleOrChild ? rates.benefitCapAnnualElsewhereCoupleOrWithChild() : rates.benefitCapAnnualElsewhereSingle();
    }

    private static boolean anyClaimantOverStatePensionAge(UcCalculation c) {
        for (int claimantIndex = 0; claimantIndex < c.claimants.size(); claimantIndex++) {
            if (c.claimants.get(claimantIndex).reachedStatePensionAge()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reg 82(1)(a), (4): no cap when earned income is at least 16 hours a week at the National Living Wage in force at
     * the start of the period, converted to a monthly amount (x 52 / 12) and rounded down to the pound (reg 6(1A)(za)).
     *
     * @return the threshold
     */
    private static Pence earningsException(UcCalculation c, Pence earnedIncome, List<BenefitCapException> exceptions) {
        LocalDate start = c.start;
        DatedValue<BigDecimal> nlw = UcRatesSchedule.NATIONAL_LIVING_WAGE.entryAt(start);
        if (nlw == null) {
            throw new IllegalStateException("no National Living Wage for " + start + ": the rates data is incomplete");
        }
        UcYearFigures.NlwFigures figures = UcYearFigures.forNationalLivingWage(nlw);
        Pence threshold = figures.threshold();
        boolean met = !earnedIncome.isLessThan(threshold);
        int hours = UcRuleFigures.BENEFIT_CAP_EARNINGS_HOURS.value();
        c.explain.step(UcRules.CAP_EXCEPTION_EARNINGS, () -> StepText.rounded(met
                        ? "The benefit cap does not apply: earned income is at least the earnings threshold"
                        : "Earned income is below the earnings threshold, so this exception does not apply",
                List.of(new Fact("National Living Wage on " + start, "£" + nlw.value().toPlainString()
                                + " an hour (from " + nlw.from() + ")"),
                        new Fact("threshold", hours + " hours x £" + nlw.value().toPlainString()
                                + " x 52 / 12, rounded down to the pound"),
                        new Fact("earned income", earnedIncome.toString())),
                "threshold " + threshold + (met ? ": exception applies" : ": no exception"),
                RoundingRule.UC_REG_6_1A_DOWN_TO_POUND));
        if (nlw.confidence() != Confidence.PRIMARY) {
            c.explain.assume(figures.secondarySource());
        }
        if (met) {
            exceptions.add(BenefitCapException.EARNINGS_AT_THRESHOLD);
        }
        return threshold;
    }
}
