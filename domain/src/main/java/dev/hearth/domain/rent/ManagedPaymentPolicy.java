package dev.hearth.domain.rent;

import dev.hearth.domain.explain.Prose;
import dev.hearth.domain.explain.AssumptionSource;
import dev.hearth.domain.explain.ExplanationBuilder;
import dev.hearth.domain.explain.Fact;
import dev.hearth.domain.money.Pence;
import dev.hearth.domain.money.RoundingRule;

import java.math.BigDecimal;
import java.util.List;

import static dev.hearth.domain.rent.RentRiskText.monthsRent;
import static dev.hearth.domain.explain.Prose.percent;

/**
 * {@code rent.managed_payment}: the landlord can ask DWP to pay the housing element to them (an Alternative Payment
 * Arrangement) when arrears are at least {@link RentRiskThresholds#apaArrearsMonths()} months' rent, or at least
 * {@link RentRiskThresholds#apaRepeatedUnderpaymentMonths()} month's rent with repeated underpayment (DWP APA guidance
 * via councils and Shelter [S]).
 *
 * <p>{@code rent.third_party_deduction_band}: at the same level a deduction towards the arrears of
 * {@link RentRiskThresholds#deductionMinimumRate()} to {@link RentRiskThresholds#deductionMaximumRate()} of the standard
 * allowance can be requested (SI 2013/380 Sch 6 para 7 as amended by SI 2014/2888 reg 6(2)(c) [S]); the minimum rounded
 * up and the maximum rounded down to the penny (Hearth's stated choice [D]).
 */
final class ManagedPaymentPolicy {

    private ManagedPaymentPolicy() {
    }

    static ManagedPayment assess(RentCase c, Pence monthlyRent, ExplanationBuilder explanation) {
        RentRiskRequest r = c.request();
        RentRiskThresholds t = c.thresholds();
        Pence repeatedLevel = monthlyRent.times(t.apaRepeatedUnderpaymentMonths());
        Pence arrearsLevel = monthlyRent.times(t.apaArrearsMonths());
        boolean atArrearsLevel = !r.arrearsPence().isLessThan(arrearsLevel);
        boolean repeated = r.repeatedUnderpayment() && !r.arrearsPence().isLessThan(repeatedLevel);
        boolean inPayment = c.housingCostsInPayment();
        boolean requestable = (atArrearsLevel || repeated) && inPayment && !c.paidToLandlord();
        String basis = !inPayment ? "no Universal Credit housing costs are in payment: a managed payment to the "
                + "landlord and a rent-arrears deduction need an award that includes them (SI 2013/380 Sch 6; "
                + "UC Claims and Payments Regs)" + (r.ucHousingCostsInPayment() == null
                ? " (inferred: no housing element above nil was given)" : "")
                : c.paidToLandlord() ? "the housing costs are already paid direct to the landlord, so a managed "
                + "payment is already in place" + (atArrearsLevel ? "; a deduction towards the arrears can still be "
                + "requested at arrears of at least " + monthsRent(t.apaArrearsMonths()) + " (" + arrearsLevel + ")"
                : "")
                : atArrearsLevel ? "arrears of at least " + monthsRent(t.apaArrearsMonths()) + " ("
                + arrearsLevel + ")"
                : repeated ? "repeated underpayment with arrears of at least "
                + monthsRent(t.apaRepeatedUnderpaymentMonths()) + " (" + repeatedLevel + ")"
                : "arrears below " + arrearsLevel + " (" + monthsRent(t.apaArrearsMonths()) + ")"
                + (r.repeatedUnderpayment() ? " and below " + monthsRent(t.apaRepeatedUnderpaymentMonths())
                : " and no repeated underpayment given");
        explanation.step(RentRiskRules.MANAGED_PAYMENT, "Can the landlord ask DWP to pay the housing element to "
                        + "them?",
                facts(c, r, t, arrearsLevel), requestable ? "yes: " + basis : "no: " + basis);
        explanation.assume("rent.managed_payment_monthly_measure", AssumptionSource.INFERRED,
                "\"Two months' rent\" is measured as twice the monthly equivalent of the rent, for every rent "
                        + "frequency; DWP's own guidance was not read.");
        Pence min = null;
        Pence max = null;
        if (r.ucStandardAllowanceMonthlyPence() != null) {
            BigDecimal sa = r.ucStandardAllowanceMonthlyPence().toBigDecimal();
            BigDecimal exactMin = sa.multiply(t.deductionMinimumRate());
            BigDecimal exactMax = sa.multiply(t.deductionMaximumRate());
            min = RoundingRule.UP_TO_PENNY.round(exactMin);
            max = RoundingRule.DOWN_TO_PENNY.round(exactMax);
            String minRate = percent(t.deductionMinimumRate());
            String maxRate = percent(t.deductionMaximumRate());
            explanation.step(RentRiskRules.DEDUCTION_BAND, "Third-party deduction band: " + minRate + " (rounded up) "
                            + "to " + maxRate + " (rounded down) of the standard allowance",
                    List.of(Fact.of("standard allowance", r.ucStandardAllowanceMonthlyPence() + " a month"),
                            Fact.of(minRate, exactMin.toPlainString() + "p"),
                            Fact.of(maxRate, exactMax.toPlainString() + "p")),
                    min + " to " + max + " a month" + (!inPayment ? " (not available: no UC housing costs in payment)"
                            : atArrearsLevel ? "" : " (not yet available: arrears below "
                            + monthsRent(t.apaArrearsMonths()) + ")"), RoundingRule.UP_TO_PENNY);
            explanation.assume("rent.deduction_band_rounding_and_cap", AssumptionSource.UNCONFIRMED_RULE,
                    "The band's rounding (minimum up, maximum down) is Hearth's choice; how the rent-arrears "
                            + "deduction sits with the 15% overall cap on deductions from 30 April 2025 (it is a "
                            + "'last resort' deduction that may exceed it) was not confirmed in DWP guidance.");
        }
        String note = "Rent-arrears deductions are described as 'last resort' deductions that can go above the 15% "
                + "overall cap (SI 2025/387 Explanatory Memorandum via PolicyEngine) [U]. DWP's Alternative "
                + "Payment Arrangements guidance was not read directly.";
        return new ManagedPayment(requestable, basis, arrearsLevel, atArrearsLevel, min, max, note);
    }

    /** The facts the managed-payment step states; the housing-costs facts only when they were given. */
    private static List<Fact> facts(RentCase c, RentRiskRequest r, RentRiskThresholds t, Pence arrearsLevel) {
        List<Fact> facts = new java.util.ArrayList<>(List.of(Fact.of("arrears", r.arrearsPence()),
                Fact.of(monthsRent(t.apaArrearsMonths()), arrearsLevel),
                Fact.of("repeated underpayment", r.repeatedUnderpayment())));
        if (r.ucHousingCostsInPayment() != null || !c.housingCostsInPayment()) {
            facts.add(Fact.of("UC housing costs in payment", c.housingCostsInPayment()));
        }
        if (r.housingCostsPaidToLandlord() != null) {
            facts.add(Fact.of("already paid to the landlord", c.paidToLandlord()));
        }
        return facts;
    }
}
