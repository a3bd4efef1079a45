package dev.hearth.domain.uc;

import dev.hearth.domain.explain.Explanation;
import dev.hearth.domain.housing.HousingCostsResult;
import dev.hearth.domain.money.Pence;

import java.time.LocalDate;
import java.util.List;

/**
 * A Universal Credit estimate for one assessment period: the award or a nil award with reasons, every element and
 * deduction, the dates, and the explanation (ruleset version, steps with rule ids, legal references and rounding, and
 * assumptions marked user-supplied, defaulted, inferred or unconfirmed). Every amount is integer pence for the period.
 *
 * @param awardPence             the monthly award after the benefit cap (zero for a nil award)
 * @param paymentPence           what is expected in the bank: the award less deductions
 * @param nilAwardReasons   why there is no award; empty when there is one
 * @param periodStart       first day of the assessment period
 * @param periodEnd         last day of the assessment period (UC Regs reg 21)
 * @param paymentDate       expected payment date (7 days after the period, moved before weekends and bank holidays);
 *                          {@code null} when nothing is paid
 * @param ratesYear         the rates year used, e.g. {@code "2026-27"}
 * @param maximumAmountPence     the total of the standard allowance and every element (zero when not entitled at all)
 * @param elements          each element included, in the order of the explanation
 * @param housing           the housing costs element breakdown, or {@code null} when no housing costs were claimed or
 *                          the calculation stopped before it
 * @param meansTest         the income deductions, or {@code null} when the calculation stopped before them
 * @param awardBeforeCapPence    the award before the benefit cap
 * @param benefitCap        how the benefit cap treated the award
 * @param deductions        each requested deduction, as requested and as applied
 * @param totalDeductionsPence   the sum of the deductions applied
 * @param explanation       how the estimate was reached
 */
public record UcEstimate(
        Pence awardPence,
        Pence paymentPence,
        List<NilAwardReason> nilAwardReasons,
        LocalDate periodStart,
        LocalDate periodEnd,
        LocalDate paymentDate,
        String ratesYear,
        Pence maximumAmountPence,
        List<ElementAmount> elements,
        HousingCostsResult housing,
        MeansTest meansTest,
        Pence awardBeforeCapPence,
        BenefitCapOutcome benefitCap,
        List<DeductionLine> deductions,
        Pence totalDeductionsPence,
        Explanation explanation) {

    public UcEstimate {
        nilAwardReasons = List.copyOf(nilAwardReasons);
        elements = List.copyOf(elements);
        deductions = List.copyOf(deductions);
    }

    /** True for a nil award; {@link #nilAwardReasons()} says why. */
    public boolean isNil() {
        return !nilAwardReasons.isEmpty();
    }

    /** The total of the elements of one kind (zero when none), e.g. all child elements. */
    public Pence total(UcElement element) {
        long sum = 0;
        for (ElementAmount line : elements) {
            if (line.element() == element) {
                sum = Math.addExact(sum, line.amountPence().value());
            }
        }
        return Pence.of(sum);
    }
}
