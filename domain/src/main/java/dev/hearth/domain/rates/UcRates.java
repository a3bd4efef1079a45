package dev.hearth.domain.rates;

import dev.hearth.domain.money.Pence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Every Universal Credit amount for one rates year (monthly, per assessment period, unless the name says annual),
 * each with its source and confidence. A rates year applies to assessment periods that <em>begin</em> between
 * {@code firstPeriodStart} and {@code lastPeriodStart} inclusive; see {@link UcRatesSchedule} for why.
 *
 * <p>Instances are built only in {@link UcRatesSchedule}; they are data, not logic.
 *
 * @param taxYear                         e.g. {@code "2026-27"}
 * @param firstPeriodStart                first assessment-period start date these rates apply to
 * @param lastPeriodStart                 last assessment-period start date these rates are known to apply to
 * @param periodRule                      the legal basis for the two dates above
 * @param standardAllowanceSingleUnder25  reg 36 table: single claimant aged under 25
 * @param standardAllowanceSingle25OrOver reg 36 table: single claimant aged 25 or over
 * @param standardAllowanceJointBothUnder25 reg 36 table: joint claimants both aged under 25
 * @param standardAllowanceJointOneOrBoth25OrOver reg 36 table: joint claimants where either is aged 25 or over
 * @param childElementFirstBornBefore6April2017 reg 36 table: first child or qualifying young person, born before 6 April 2017
 * @param childElement                    reg 36 table: any other child or qualifying young person
 * @param disabledChildLowerRate          reg 36 table: additional amount for a disabled child, lower rate
 * @param disabledChildHigherRate         reg 36 table: additional amount for a disabled child, higher rate
 * @param lcwElement                      LCW element, kept only for awards with it from before 3 April 2017
 * @param lcwraElement                    LCWRA element (from 2026-27: the rate for pre-2026, severe conditions and terminally ill claimants)
 * @param lcwraNewClaimElement            LCWRA element for other claimants from 6 April 2026; {@code null} in years with one rate
 * @param carerElement                    reg 36 table: carer element
 * @param childcareCostsRate              reg 34: share of relevant childcare costs met (0.85)
 * @param childcareMaximumOneChild        reg 36 table: childcare costs element maximum for one child
 * @param childcareMaximumTwoOrMoreChildren reg 36 table: maximum for two or more children
 * @param nonDependantContribution        Sch 4 para 14: housing cost contribution for each non-dependant
 * @param workAllowanceWithHousing        reg 22(2): work allowance where the award contains an amount for housing costs
 * @param workAllowanceWithoutHousing     reg 22(2): work allowance where it does not
 * @param taperRate                       reg 22(1)(b): share of earnings above the work allowance deducted (0.55)
 * @param capitalLowerLimit               reg 72: tariff income starts above this capital
 * @param capitalUpperLimit               reg 18: no award when capital exceeds this
 * @param tariffIncomePerStep             reg 72: monthly income for each step (or part of a step) above the lower limit
 * @param tariffIncomeStep                reg 72: size of each step of capital
 * @param benefitCapAnnualLondonCoupleOrWithChild reg 80A(2): joint claimants, or single with a child, in Greater London
 * @param benefitCapAnnualLondonSingle    reg 80A(2): single claimant without a child, in Greater London
 * @param benefitCapAnnualElsewhereCoupleOrWithChild reg 80A(2): joint claimants, or single with a child, elsewhere
 * @param benefitCapAnnualElsewhereSingle reg 80A(2): single claimant without a child, elsewhere
 */
public record UcRates(
        String taxYear,
        LocalDate firstPeriodStart,
        LocalDate lastPeriodStart,
        String periodRule,
        Sourced<Pence> standardAllowanceSingleUnder25,
        Sourced<Pence> standardAllowanceSingle25OrOver,
        Sourced<Pence> standardAllowanceJointBothUnder25,
        Sourced<Pence> standardAllowanceJointOneOrBoth25OrOver,
        Sourced<Pence> childElementFirstBornBefore6April2017,
        Sourced<Pence> childElement,
        Sourced<Pence> disabledChildLowerRate,
        Sourced<Pence> disabledChildHigherRate,
        Sourced<Pence> lcwElement,
        Sourced<Pence> lcwraElement,
        Sourced<Pence> lcwraNewClaimElement,
        Sourced<Pence> carerElement,
        Sourced<BigDecimal> childcareCostsRate,
        Sourced<Pence> childcareMaximumOneChild,
        Sourced<Pence> childcareMaximumTwoOrMoreChildren,
        Sourced<Pence> nonDependantContribution,
        Sourced<Pence> workAllowanceWithHousing,
        Sourced<Pence> workAllowanceWithoutHousing,
        Sourced<BigDecimal> taperRate,
        Sourced<Pence> capitalLowerLimit,
        Sourced<Pence> capitalUpperLimit,
        Sourced<Pence> tariffIncomePerStep,
        Sourced<Pence> tariffIncomeStep,
        Sourced<Pence> benefitCapAnnualLondonCoupleOrWithChild,
        Sourced<Pence> benefitCapAnnualLondonSingle,
        Sourced<Pence> benefitCapAnnualElsewhereCoupleOrWithChild,
        Sourced<Pence> benefitCapAnnualElsewhereSingle) {

    public UcRates {
        Objects.requireNonNull(taxYear, "taxYear");
        Objects.requireNonNull(firstPeriodStart, "firstPeriodStart");
        Objects.requireNonNull(lastPeriodStart, "lastPeriodStart");
        Objects.requireNonNull(periodRule, "periodRule");
        if (lastPeriodStart.isBefore(firstPeriodStart)) {
            throw new IllegalArgumentException(taxYear + ": lastPeriodStart before firstPeriodStart");
        }
    }

    /** True when this year pays a lower LCWRA element to claimants outside the protected groups (from 2026-27). */
    public boolean hasLcwraNewClaimRate() {
        return lcwraNewClaimElement != null;
    }

    /** True when an assessment period starting on {@code periodStart} uses these rates. */
    public boolean covers(LocalDate periodStart) {
        return !periodStart.isBefore(firstPeriodStart) && !periodStart.isAfter(lastPeriodStart);
    }
}
