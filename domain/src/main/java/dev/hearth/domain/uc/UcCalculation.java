package dev.hearth.domain.uc;

import dev.hearth.domain.explain.Assumption;
import dev.hearth.domain.explain.AssumptionSource;
import dev.hearth.domain.explain.ExplanationBuilder;
import dev.hearth.domain.explain.Fact;
import dev.hearth.domain.explain.StepText;
import dev.hearth.domain.housing.HousingCostsInput;
import dev.hearth.domain.housing.HousingCostsResult;
import dev.hearth.domain.money.Pence;
import dev.hearth.domain.rates.UcRates;
import dev.hearth.domain.rates.UcRatesSchedule;
import dev.hearth.domain.timing.AssessmentPeriod;
import dev.hearth.domain.timing.PaymentTiming;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One run of the engine, in the order of WRA 2012 s.8 and UC Regs reg 22: rates year, eligibility, maximum amount,
 * means test, benefit cap, deductions, award. It holds the working state the rule areas share (the request, the rates
 * year, the explanation being built, the elements found so far); each rule lives in the class of its area.
 */
final class UcCalculation {

    private static final Assumption FACTS_AS_GIVEN = new Assumption("uc.facts_as_given", AssumptionSource.USER_SUPPLIED,
            "The household's facts (people, ages, earnings, other income, capital, rent, disability and caring "
                    + "decisions) are as given; DWP's decision on the same facts can still differ.");

    private static final Assumption NOT_MODELLED = new Assumption("uc.not_modelled", AssumptionSource.DEFAULTED,
            "Not modelled: sanctions, hardship payments, the transitional element of managed migration, "
                    + "owner-occupier housing costs, the minimum income floor, surplus earnings, student income "
                    + "and fraud penalties.");

    private static final Assumption RATES_SWITCH_2026_DERIVED = new Assumption(
            "uc.rates.switch_2026_derived", AssumptionSource.UNCONFIRMED_RULE,
            "2026-27 rates are applied to a period starting 6-12 April 2026 because SSAA 1992 s.150(10ZA)-(10ZB) "
                    + "makes the switch the first assessment period beginning on or after the first Monday of the "
                    + "tax year (6 April 2026). Press reports said 13 April; the commencement article of the "
                    + "Up-rating Order 2026 (SI 2026/148) itself was not read.");

    private static final Assumption RATES_2026_27_SECONDARY = new Assumption(
            "uc.rates.2026_27_secondary", AssumptionSource.UNCONFIRMED_RULE,
            "2026-27 amounts come from the reg 36 table as amended by SI 2026/148 as quoted by secondary "
                    + "sources (rulespec-uk, PolicyEngine UK, benefitsandwork.co.uk); they have not yet been checked "
                    + "line by line against the gov.uk 2026-27 benefit rates page.");

    final UcEstimateRequest request;
    final UcRates rates;
    /** The figures worked out once for this rates year. */
    final UcYearFigures figures;
    final AssessmentPeriod period;
    final PaymentTiming timing;
    final HousingCostsInput housingInput;
    /** About 25 steps for a family with rent: the UC steps, the housing engine's and the timing engine's. */
    final ExplanationBuilder explain = new ExplanationBuilder(UcRules.RULESET_VERSION, 32);
    /** The standard allowance and each element, in the order found. */
    final List<ElementAmount> elements = new ArrayList<>();
    /** Empty for most estimates: no array is made until a reason is added. */
    final List<NilAwardReason> nilReasons = new ArrayList<>(0);
    final List<Claimant> claimants;
    final LocalDate start;

    // Found by the maximum-amount rules and read by the means test, the benefit cap and the deductions.
    Pence standardAllowance = Pence.ZERO;
    Pence childcareElement = Pence.ZERO;
    boolean lcwraIncluded;
    boolean carerIncluded;
    HousingCostsResult housing;
    /** The elements as an unmodifiable list once the maximum amount is known ({@code null} before). */
    List<ElementAmount> finalElements;

    UcCalculation(UcEstimateRequest request, UcRates rates, AssessmentPeriod period, PaymentTiming timing,
                  HousingCostsInput housingInput) {
        this.request = request;
        this.rates = rates;
        this.figures = UcYearFigures.forYear(rates);
        this.period = period;
        this.timing = timing;
        this.housingInput = housingInput;
        this.claimants = request.claimants();
        this.start = request.assessmentPeriodStart();
    }

    UcEstimate run() {
        ratesYear();
        explain.assume(FACTS_AS_GIVEN);
        explain.assume(NOT_MODELLED);
        if (!Eligibility.statePensionAge(this) || !CapitalRules.capitalLimit(this)) {
            return finish(Pence.ZERO, null, Pence.ZERO, BenefitCapRules.notConsidered(), List.of(), Pence.ZERO);
        }
        StandardAllowance.standardAllowance(this);
        ChildElements.childElements(this);
        HealthAndCarerElements.healthAndCarer(this);
        ChildcareCostsElement.childcare(this);
        MaximumAmount.housing(this);
        Pence maximum = MaximumAmount.maximumAmount(this);
        MeansTest means = MeansTestRules.meansTest(this);
        Pence awardBeforeCap = MeansTestRules.awardBeforeCap(this, maximum, means);
        BenefitCapOutcome cap = BenefitCapRules.benefitCap(this, awardBeforeCap, means.earnedIncomePence());
        Pence award = minus(awardBeforeCap, cap.reductionPence());
        if (award.isZero() && awardBeforeCap.isPositive()) {
            nilReasons.add(NilAwardReason.BENEFIT_CAP);
        }
        List<DeductionLine> deductions = DeductionRules.deductions(this, award);
        long total = 0;
        for (int lineIndex = 0; lineIndex < deductions.size(); lineIndex++) {
            total += deductions.get(lineIndex).appliedPence().value();
        }
        return finish(maximum, means, awardBeforeCap, cap, deductions, total == 0 ? Pence.ZERO : Pence.of(total));
    }

    /**
     * The rates year: a year's rates apply to assessment periods beginning on or after the first Monday of its tax
     * year (SSAA 1992 s.150(10ZA)-(10ZB)); see {@link UcRatesSchedule}.
     */
    private void ratesYear() {
        UcRates rates = this.rates;
        LocalDate start = this.start;
        explain.step(UcRules.RATES_YEAR, () -> StepText.of(
                "The assessment period begins on or after the " + rates.taxYear() + " up-rating day, so "
                        + rates.taxYear() + " rates apply",
                List.of(new Fact("assessment period starts", start.toString()),
                        new Fact(rates.taxYear() + " rates apply to periods starting", rates.firstPeriodStart().toString()
                                + " to " + rates.lastPeriodStart().toString())),
                rates.taxYear()));
        if (!start.isBefore(UcRatesSchedule.SWITCH_2026_DERIVED_FROM) && start.isBefore(UcRatesSchedule.SWITCH_2026_PRESS_DATE)) {
            explain.assume(RATES_SWITCH_2026_DERIVED);
        }
        if ("2026-27".equals(rates.taxYear())) {
            explain.assume(RATES_2026_27_SECONDARY);
        }
    }

    /**
     * The award after the benefit cap, and the payment: the award less deductions (WRA 2012 ss.8, 96; C&P Regs reg 47,
     * Sch 6).
     */
    private UcEstimate finish(Pence maximum, MeansTest means, Pence awardBeforeCap, BenefitCapOutcome cap,
                              List<DeductionLine> deductions, Pence totalDeductions) {
        Pence award = minus(awardBeforeCap, cap.reductionPence());
        Pence payment = minus(award, totalDeductions);
        String description = nilReasons.isEmpty()
                ? "The monthly award is the award after the benefit cap; the payment is the award less deductions"
                : "No award: " + reasonsText();
        Pence capReduction = cap.reductionPence();
        explain.step(UcRules.AWARD, () -> StepText.of(description,
                List.of(new Fact("award before the benefit cap", awardBeforeCap.toString()),
                        new Fact("benefit cap reduction", capReduction.toString()),
                        new Fact("award", award.toString()),
                        new Fact("deductions", totalDeductions.toString())),
                "award " + award + ", payment " + payment));
        explain.include(timing.explanation());
        return new UcEstimate(award, payment, nilReasons.isEmpty() ? List.of() : nilReasons, period.start(), period.end(),
                payment.isPositive() ? timing.paymentDate() : null, rates.taxYear(), maximum,
                finalElements != null ? finalElements : elements, housing,
                means, awardBeforeCap, cap, deductions, totalDeductions, explain.build());
    }

    private String reasonsText() {
        StringBuilder sb = new StringBuilder();
        for (NilAwardReason reason : nilReasons) {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(reason.description()).append(" (").append(reason.legalReference()).append(')');
        }
        return sb.toString();
    }

    /** {@code a - b}; {@code a} itself when {@code b} is zero. */
    static Pence minus(Pence a, Pence b) {
        return b.isZero() ? a : a.minus(b);
    }
}
