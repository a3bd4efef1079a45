package dev.hearth.domain.uc;

import dev.hearth.domain.person.Age;
import dev.hearth.domain.explain.Assumption;
import dev.hearth.domain.explain.AssumptionSource;
import dev.hearth.domain.explain.ExplanationBuilder;
import dev.hearth.domain.explain.Fact;
import dev.hearth.domain.explain.StepText;
import dev.hearth.domain.housing.HousingCostsElement;
import dev.hearth.domain.housing.HousingCostsInput;
import dev.hearth.domain.housing.HousingCostsResult;
import dev.hearth.domain.housing.HousingRates;
import dev.hearth.domain.money.Pence;
import dev.hearth.domain.money.RoundingRule;
import dev.hearth.domain.rates.DatedValue;
import dev.hearth.domain.rates.UcRates;
import dev.hearth.domain.rates.UcRatesSchedule;
import dev.hearth.domain.timing.AssessmentPeriod;
import dev.hearth.domain.timing.PaymentTiming;
import dev.hearth.domain.timing.UcPaymentTiming;
import dev.hearth.domain.validation.IndexedPath;
import dev.hearth.domain.validation.InvalidInputException;
import dev.hearth.domain.validation.Violation;
import dev.hearth.domain.validation.Violations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Universal Credit estimate engine: the one entry point for JVM services that embed the domain jar.
 *
 * <pre>{@code
 * UcEstimate estimate = UniversalCredit.estimate(request);
 * estimate.awardPence();      // Pence for the assessment period
 * estimate.explanation();     // steps with rule ids, legal references, rounding, and assumptions
 * }</pre>
 *
 * <p>For one monthly assessment period it works out, in this order ({@link UcCalculation}): the rates year;
 * eligibility ({@link Eligibility}: State Pension age; {@link CapitalRules}: capital limit); the maximum amount
 * ({@link StandardAllowance}, {@link ChildElements} with the two-child limit before 6 April 2026 and disabled child
 * additions, {@link HealthAndCarerElements} for LCW/LCWRA and carer, {@link ChildcareCostsElement}, and
 * {@link MaximumAmount} with the housing costs element from the housing engine); the means test
 * ({@link MeansTestRules}: earnings, work allowance, taper, unearned income; tariff income in {@link CapitalRules}); the
 * benefit cap ({@link BenefitCapRules}, {@link BenefitCapExceptions}); deductions ({@link DeductionRules}); and the
 * payment date from the timing engine. Every rate, age and count comes from {@link UcRates} or
 * {@link dev.hearth.domain.rates.UcRuleFigures}. Rounding is reg 6(1) half-up at each calculated amount, and rounding
 * steps say so. See {@code docs/domain-java-api.md} and {@code docs/rules/universal-credit.md}.
 *
 * <p>Pure and deterministic: no clock, no I/O; the same request gives an equal result and explanation. Bad input throws
 * {@link InvalidInputException} naming every violation; "not entitled" is a result with {@link NilAwardReason}s.
 */
public final class UniversalCredit {

    private UniversalCredit() {
    }

    /** The housing figures passed to the housing engine for a rates year. */
    public static HousingRates housingRatesFor(UcRates rates) {
        return UcYearFigures.forYear(rates).housingRates();
    }

    /**
     * Estimates Universal Credit for one assessment period.
     *
     * @param request the household's facts (see {@link UcEstimateRequest} for units and field names)
     * @return the award or nil award with reasons, its breakdown and explanation
     * @throws InvalidInputException with every violation: negative money, impossible or future dates of birth, a child
     *         too old to count, rents without a frequency, a period with no rates ({@code rates_not_available} on
     *         {@code assessmentPeriodStart}), and the housing engine's own checks under {@code housing.*}
     */
    public static UcEstimate estimate(UcEstimateRequest request) {
        if (request == null) {
            throw new InvalidInputException(List.of(new Violation("request", "required", "a request is required")));
        }
        Violations violations = new Violations();
        UcRates rates = UcValidation.validate(request, violations);
        PaymentTiming timing = null;
        AssessmentPeriod period = null;
        if (rates != null && request.nation() != null) {
            try {
                period = AssessmentPeriod.startingOn(request.assessmentPeriodStart());
                timing = UcPaymentTiming.forPeriod(period, request.nation());
            } catch (InvalidInputException e) {
                for (Violation violation : e.violations()) {
                    violations.add("nation".equals(violation.field()) ? "nation" : "assessmentPeriodStart",
                            violation.code(), violation.message());
                }
            }
        }
        HousingCostsInput housingInput = request.housing() == null || request.claimants() == null
                ? null : HousingMapping.toInput(request);
        if (!violations.isEmpty()) {
            List<Violation> all = new ArrayList<>(violations.list());
            if (housingInput != null && rates != null) {
                all.addAll(HousingMapping.violationsOf(housingInput, housingRatesFor(rates), request.assessmentPeriodStart()));
            }
            throw new InvalidInputException(dedupe(all));
        }
        return new UcCalculation(request, rates, period, timing, housingInput).run();
    }

    /**
     * Divides for a fractional step. Division by 12 never ends in a long run of 9s or 0s near half a penny, so 10
     * decimal places followed by the named rounding rule gives the same result as exact arithmetic.
     */
    static BigDecimal exactDivide(BigDecimal dividend, BigDecimal divisor) {
        return dividend.divide(divisor, 10, java.math.RoundingMode.HALF_EVEN);
    }

    /**
     * The indexes of the children, oldest first; children born on the same day stay in the order given (a stable
     * insertion sort: a family has a handful of children, and this avoids boxing every index).
     */
    static int[] orderOfBirth(List<Child> children) {
        int n = children.size();
        int[] order = new int[n];
        LocalDate[] born = new LocalDate[n];
        for (int i = 0; i < n; i++) {
            LocalDate dob = children.get(i).dateOfBirth();
            int j = i;
            while (j > 0 && born[j - 1].compareTo(dob) > 0) {
                order[j] = order[j - 1];
                born[j] = born[j - 1];
                j--;
            }
            order[j] = i;
            born[j] = dob;
        }
        return order;
    }

    /** Keeps the request's own violations and adds the housing engine's only for fields not already reported. */
    private static List<Violation> dedupe(List<Violation> all) {
        Map<String, Violation> unique = new LinkedHashMap<>();
        for (Violation violation : all) {
            unique.putIfAbsent(violation.field(), violation);
        }
        return List.copyOf(unique.values());
    }
}
