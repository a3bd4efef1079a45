package dev.hearth.domain.rent;

import dev.hearth.domain.explain.ExplanationBuilder;
import dev.hearth.domain.explain.Fact;
import dev.hearth.domain.explain.Rule;
import dev.hearth.domain.money.Pence;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static dev.hearth.domain.rent.RentRiskText.monthsRent;

/**
 * Hearth's risk grading [D]: each rule below that applies raises the risk to its level, and the level is the highest
 * raised ({@code rent.risk.level}; LOW when none). The figures are in {@link RentRiskThresholds}.
 * <ul>
 *   <li>{@code rent.risk.shortfall} MEDIUM: the housing element does not cover the rent;</li>
 *   <li>{@code rent.risk.uc_gap} MEDIUM: rent falls due {@link RentRiskThresholds#ucGapDays()} days or more before the
 *       UC payment;</li>
 *   <li>{@code rent.risk.arrears} MEDIUM: there are any arrears;</li>
 *   <li>{@code rent.risk.managed_payment_level} HIGH: arrears at the managed-payment level;</li>
 *   <li>{@code rent.risk.threshold_imminent} CRITICAL: the mandatory threshold reached now or projected within
 *       {@link RentRiskThresholds#criticalWindowDays()} days;</li>
 *   <li>{@code rent.risk.threshold_within_timeline} HIGH: otherwise projected within the timeline.</li>
 * </ul>
 */
final class RiskGrading {

    private RiskGrading() {
    }

    /** Every reason that raises the risk, each recorded in the explanation as it is found. */
    static List<RiskReason> reasons(RentCase c, Pence shortfall, Integer gap, ManagedPayment managed,
                                    PossessionThreshold threshold, ExplanationBuilder explanation) {
        RentRiskThresholds t = c.thresholds();
        List<RiskReason> reasons = new ArrayList<>();
        if (shortfall.isPositive()) {
            raise(reasons, RentRiskRules.RISK_SHORTFALL, RiskLevel.MEDIUM, "The housing element leaves "
                    + shortfall + " a month of rent to find.", explanation);
        }
        if (gap != null && gap >= t.ucGapDays() && c.paidToLandlord()) {
            explanation.assume("rent.gap_paid_to_landlord", dev.hearth.domain.explain.AssumptionSource.USER_SUPPLIED,
                    "The housing costs are paid direct to the landlord, so the " + gap + "-day gap between the rent "
                            + "due date and the UC payment is between DWP and the landlord: the tenant cannot close it "
                            + "by keeping money back, and it is not raised as a risk.");
        } else if (gap != null && gap >= t.ucGapDays()) {
            raise(reasons, RentRiskRules.RISK_UC_GAP, RiskLevel.MEDIUM, "Rent falls due " + gap
                    + " days before the next Universal Credit payment: unless money from the previous payment is "
                    + "kept for it, the rent is paid late every month. Asking the landlord to move the due date "
                    + "can help.", explanation);
        }
        if (c.request().arrearsPence().isPositive()) {
            raise(reasons, RentRiskRules.RISK_ARREARS, RiskLevel.MEDIUM, "There are arrears of "
                    + c.request().arrearsPence() + ".", explanation);
        }
        if (managed.thirdPartyDeductionAvailable()) {
            raise(reasons, RentRiskRules.RISK_MANAGED_PAYMENT_LEVEL, RiskLevel.HIGH, "Arrears are at least "
                    + monthsRent(t.apaArrearsMonths()) + " (" + managed.twoMonthsRentPence() + ")" + (
                    !c.housingCostsInPayment() ? "; with no UC housing costs in payment, DWP cannot pay the "
                            + "landlord or deduct for the arrears, so the arrears must be met from the tenant's own "
                            + "money." : c.paidToLandlord() ? ": housing costs already go to the landlord; the "
                            + "landlord can ask DWP for a deduction towards the arrears."
                            : ": the landlord can ask DWP for direct payment and a deduction."), explanation);
        }
        if (threshold.status() == ThresholdStatus.ALREADY_REACHED) {
            raise(reasons, RentRiskRules.RISK_THRESHOLD_IMMINENT, RiskLevel.CRITICAL, "The arrears are at the "
                    + "mandatory possession threshold (" + threshold.thresholdDescription() + ") now.", explanation);
        } else if (threshold.status() == ThresholdStatus.PROJECTED) {
            long days = ChronoUnit.DAYS.between(c.date(), threshold.thresholdDate());
            if (days <= t.criticalWindowDays()) {
                raise(reasons, RentRiskRules.RISK_THRESHOLD_IMMINENT, RiskLevel.CRITICAL, "The arrears reach the "
                        + "mandatory possession threshold on " + threshold.thresholdDate() + ", in " + days
                        + " days.", explanation);
            } else if (threshold.thresholdDate().isBefore(c.timelineEnd())) {
                raise(reasons, RentRiskRules.RISK_THRESHOLD_WITHIN_TIMELINE, RiskLevel.HIGH, "The arrears reach the "
                        + "mandatory possession threshold on " + threshold.thresholdDate() + ", within "
                        + t.timelineMonths() + " months.", explanation);
            }
        }
        return reasons;
    }

    /** {@code rent.risk.level}: the highest level any reason raised; LOW when none. */
    static RiskLevel level(List<RiskReason> reasons, ExplanationBuilder explanation) {
        RiskLevel level = reasons.stream().map(RiskReason::raisesTo).max(Comparator.naturalOrder())
                .orElse(RiskLevel.LOW);
        explanation.step(RentRiskRules.RISK_LEVEL, "The risk level is the highest raised by any reason",
                reasons.stream().map(x -> Fact.of(x.ruleId(), x.raisesTo())).toList(), level);
        return level;
    }

    private static void raise(List<RiskReason> reasons, Rule rule, RiskLevel level, String text,
                              ExplanationBuilder explanation) {
        reasons.add(new RiskReason(rule.id(), level, text));
        explanation.step(rule, text, List.of(), "raises to " + level);
    }
}
