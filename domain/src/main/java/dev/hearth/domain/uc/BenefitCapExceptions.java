package dev.hearth.domain.uc;

import dev.hearth.domain.explain.Assumption;
import dev.hearth.domain.explain.AssumptionSource;
import dev.hearth.domain.explain.Fact;
import dev.hearth.domain.explain.StepText;

import java.util.ArrayList;
import java.util.List;

/**
 * The benefit-cap exceptions for benefits and elements received (UC Regs reg 83(1); WRA 2012 s.96 as amended by WRWA
 * 2016 s.8). Reaching State Pension age is not one of them: reg 83(1) lists none, and a couple of whom one is under
 * State Pension age may be capped (gov.uk benefit-cap/when-youre-not-affected).
 */
final class BenefitCapExceptions {

    private static final Assumption CHILD_DISABILITY_INFERRED = new Assumption(
            "uc.benefit_cap.child_disability_inferred", AssumptionSource.INFERRED,
            "A child with a disabled child addition is taken to receive DLA, PIP, Child or Adult "
                    + "Disability Payment (benefit cap exception, reg 83(1)(f)-(g)); a higher-rate "
                    + "addition given only for severe sight impairment would not be an exception.");

    private BenefitCapExceptions() {
    }

    /**
     * Reg 83(1): no cap with the LCWRA element or the ESA support component, the carer element or Carer's Allowance, a
     * claimant's disability, injury, war or armed forces benefit (or Guardian's Allowance), or a child's DLA, PIP, Child
     * or Adult Disability Payment. Each exception found is added to {@code exceptions}.
     */
    static void benefitExceptions(UcCalculation c, List<BenefitCapException> exceptions) {
        boolean esaSupport = false;
        boolean carersAllowance = false;
        boolean otherBenefit = false;
        List<OtherIncome> otherIncome = c.request.otherIncome();
        for (int incomeIndex = 0; incomeIndex < otherIncome.size(); incomeIndex++) {
            OtherIncomeType type = otherIncome.get(incomeIndex).type();
            if (!type.isBenefitCapException()) {
                continue;
            }
            switch (type) {
                case NEW_STYLE_ESA_WITH_SUPPORT_COMPONENT -> esaSupport = true;
                case CARERS_ALLOWANCE -> carersAllowance = true;
                default -> otherBenefit = true;
            }
        }
        boolean lcwra = c.lcwraIncluded;
        boolean carer = c.carerIncluded;
        if (lcwra || esaSupport) {
            exceptions.add(BenefitCapException.LCWRA_OR_ESA_SUPPORT);
        }
        if (carer || carersAllowance) {
            exceptions.add(BenefitCapException.CARER);
        }
        List<Claimant> claimants = c.claimants;
        boolean claimantDisability = otherBenefit;
        for (int claimantIndex = 0; claimantIndex < claimants.size(); claimantIndex++) {
            claimantDisability |= !claimants.get(claimantIndex).disabilityBenefits().isEmpty();
        }
        if (claimantDisability) {
            exceptions.add(BenefitCapException.CLAIMANT_DISABILITY_OR_INJURY_BENEFIT);
        }
        boolean childDisability = false;
        List<Child> children = c.request.children();
        for (int childIndex = 0; childIndex < children.size(); childIndex++) {
            Child child = children.get(childIndex);
            if (child.disabledChildRate() != DisabledChildRate.NONE || !child.disabilityBenefits().isEmpty()) {
                childDisability = true;
                if (child.disabilityBenefits().isEmpty()) {
                    c.explain.assume(CHILD_DISABILITY_INFERRED);
                }
            }
        }
        if (childDisability) {
            exceptions.add(BenefitCapException.CHILD_DISABILITY_BENEFIT);
        }
        if (lcwra || esaSupport || carer || carersAllowance || claimantDisability || childDisability) {
            boolean esa = esaSupport;
            boolean carersAllowanceReceived = carersAllowance;
            c.explain.step(UcRules.CAP_EXCEPTION_BENEFITS, () -> StepText.of("The benefit cap does not apply because of "
                            + "the benefits or elements received",
                    facts(otherIncome, lcwra, esa, carer, carersAllowanceReceived, claimants, children),
                    "exception applies"));
        }
    }

    /** The facts of the benefit-cap exceptions step, in the order the exceptions are checked. */
    private static List<Fact> facts(List<OtherIncome> otherIncome, boolean lcwraIncluded, boolean esaSupport,
                                    boolean carerIncluded, boolean carersAllowance, List<Claimant> claimants,
                                    List<Child> children) {
        List<Fact> inputs = new ArrayList<>(4);
        for (int incomeIndex = 0; incomeIndex < otherIncome.size(); incomeIndex++) {
            OtherIncome income = otherIncome.get(incomeIndex);
            if (income.type().isBenefitCapException()) {
                inputs.add(new Fact("receives", income.type().description()));
            }
        }
        if (lcwraIncluded || esaSupport) {
            inputs.add(new Fact("exception", lcwraIncluded ? "the award includes the LCWRA element" : "ESA support component"));
        }
        if (carerIncluded || carersAllowance) {
            inputs.add(new Fact("exception", carerIncluded ? "the award includes the carer element" : "Carer's Allowance"));
        }
        for (int i = 0; i < claimants.size(); i++) {
            Claimant claimant = claimants.get(i);
            if (!claimant.disabilityBenefits().isEmpty()) {
                inputs.add(new Fact("claimants[" + i + "] receives", claimant.disabilityBenefits().toString()));
            }
        }
        for (int i = 0; i < children.size(); i++) {
            Child child = children.get(i);
            if (child.disabledChildRate() != DisabledChildRate.NONE || !child.disabilityBenefits().isEmpty()) {
                inputs.add(new Fact(ChildElements.CHILD_PATHS.at(i), child.disabilityBenefits().isEmpty()
                        ? "disabled child addition (" + child.disabledChildRate() + ")" : child.disabilityBenefits().toString()));
            }
        }
        return inputs;
    }
}
