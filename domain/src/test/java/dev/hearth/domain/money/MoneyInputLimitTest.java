package dev.hearth.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.hearth.domain.debt.DebtAdviceFacts;
import dev.hearth.domain.debt.DebtInput;
import dev.hearth.domain.debt.DebtPlan;
import dev.hearth.domain.debt.DebtPlanRequest;
import dev.hearth.domain.debt.DebtPlanner;
import dev.hearth.domain.debt.DebtType;
import dev.hearth.domain.debt.ExpenditureCategory;
import dev.hearth.domain.debt.IncomeLine;
import dev.hearth.domain.debt.IncomeSource;
import dev.hearth.domain.debt.SpendingLine;
import dev.hearth.domain.housing.HousingCostsInput.HousingPayment;
import dev.hearth.domain.housing.LhaCategory;
import dev.hearth.domain.housing.LhaSource;
import dev.hearth.domain.housing.RentFrequency;
import dev.hearth.domain.housing.Sex;
import dev.hearth.domain.housing.Tenure;
import dev.hearth.domain.place.Nation;
import dev.hearth.domain.rent.RentRiskAssessment;
import dev.hearth.domain.rent.RentRiskAssessor;
import dev.hearth.domain.rent.RentRiskRequest;
import dev.hearth.domain.rent.RiskLevel;
import dev.hearth.domain.rent.SocialLandlord;
import dev.hearth.domain.uc.Child;
import dev.hearth.domain.uc.Childcare;
import dev.hearth.domain.uc.Claimant;
import dev.hearth.domain.uc.DeductionRequest;
import dev.hearth.domain.uc.DeductionType;
import dev.hearth.domain.uc.NilAwardReason;
import dev.hearth.domain.uc.OtherIncome;
import dev.hearth.domain.uc.OtherIncomeType;
import dev.hearth.domain.uc.RentedHome;
import dev.hearth.domain.uc.UcEstimate;
import dev.hearth.domain.uc.UcEstimateRequest;
import dev.hearth.domain.uc.UniversalCredit;
import dev.hearth.domain.validation.InvalidInputException;
import dev.hearth.domain.validation.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every money field of every engine's input accepts up to {@link Pence#MAX_INPUT} (£10,000,000.00) and refuses one
 * penny more with {@code too_large} naming the field, so no input, however large, can push a sum past
 * {@code Long.MAX_VALUE}. Worked examples with every money field at the limit still calculate and answer sensibly.
 */
class MoneyInputLimitTest {

    private static final Pence MAX = Pence.MAX_INPUT;
    private static final Pence OVER = Pence.of(Pence.MAX_INPUT_PENCE + 1);
    private static final LocalDate PERIOD = LocalDate.of(2026, 5, 14);
    private static final LocalDate PLAN_DATE = LocalDate.of(2026, 6, 1);

    // ------------------------------------------------------------------------------------------------ the bound

    @Test
    void the_limit_times_the_largest_conversion_factor_leaves_room_for_a_hundred_million_amounts() {
        long perAmount = Math.multiplyExact(Pence.MAX_INPUT_PENCE, RentFrequency.WEEKLY.multiplier());
        assertThat(Long.MAX_VALUE / perAmount).isGreaterThan(100_000_000L);
        assertThat(MAX).hasToString("£10,000,000.00");
    }

    @Test
    void pence_arithmetic_past_long_fails_loudly_rather_than_wrapping() {
        Pence near = Pence.of(Long.MAX_VALUE - 1);
        assertThatThrownBy(() -> near.plus(Pence.of(2))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> near.times(52)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Pence.of(Long.MIN_VALUE).minus(Pence.of(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Pence.of(Long.MIN_VALUE).negate()).isInstanceOf(ArithmeticException.class);
    }

    // ------------------------------------------------------------------------------------------------ Universal Credit

    private static UcEstimateRequest ucEverywhere(Pence amount, Tenure tenure) {
        Claimant first = Claimant.of(LocalDate.of(1985, 3, 1), amount).withInPaidWork(true);
        Claimant second = Claimant.of(LocalDate.of(1987, 7, 9), amount).withInPaidWork(true);
        Map<LhaCategory, Pence> rates = new EnumMap<>(LhaCategory.class);
        for (LhaCategory category : LhaCategory.values()) {
            rates.put(category, amount);
        }
        RentedHome home = new RentedHome(tenure, new HousingPayment(amount, RentFrequency.WEEKLY),
                new HousingPayment(amount, RentFrequency.WEEKLY),
                tenure == Tenure.SOCIAL ? new HousingPayment(amount, RentFrequency.WEEKLY) : null, 2, false, null,
                false, tenure == Tenure.PRIVATE ? new LhaSource.Supplied(rates) : null);
        return UcEstimateRequest.couple(PERIOD, Nation.ENGLAND, first, second)
                .withChildren(List.of(Child.of(LocalDate.of(2019, 2, 2), Sex.FEMALE)))
                .withHousing(home)
                .withCapital(amount)
                .withOtherIncome(List.of(new OtherIncome(OtherIncomeType.CARERS_ALLOWANCE, amount),
                        new OtherIncome(OtherIncomeType.NEW_STYLE_JSA, amount)))
                .withChildcare(new Childcare(amount, 1))
                .withDeductions(List.of(new DeductionRequest(DeductionType.FUEL, amount),
                        new DeductionRequest(DeductionType.ADVANCE_REPAYMENT, amount)));
    }

    @Test
    void a_universal_credit_estimate_with_every_money_field_at_the_limit_is_a_nil_award_with_its_reasons() {
        for (Tenure tenure : Tenure.values()) {
            UcEstimate estimate = UniversalCredit.estimate(ucEverywhere(MAX, tenure));

            assertThat(estimate.awardPence()).as(tenure.name()).isEqualTo(Pence.ZERO);
            assertThat(estimate.paymentPence()).as(tenure.name()).isEqualTo(Pence.ZERO);
            assertThat(estimate.nilAwardReasons()).as(tenure.name()).contains(NilAwardReason.CAPITAL_ABOVE_LIMIT);
        }
    }

    @Test
    void a_universal_credit_estimate_at_the_limit_without_capital_meets_the_huge_social_rent_less_the_taper() {
        // a social rent is met in full (no LHA cap), so £10m a week in rent outweighs £10m a month of earnings
        UcEstimate estimate = UniversalCredit.estimate(ucEverywhere(MAX, Tenure.SOCIAL).withCapital(Pence.ZERO));

        assertThat(estimate.nilAwardReasons()).isEmpty();
        assertThat(estimate.awardPence().isPositive()).isTrue();
        assertThat(estimate.awardPence()).isLessThan(estimate.maximumAmountPence());
        assertThat(estimate.paymentPence()).isLessThanOrEqualTo(estimate.awardPence());
        assertThat(estimate.housing().monthlyRentPence()).as("£10m a week is £43,333,333.33 a month (x 52 / 12)")
                .isEqualTo(Pence.of(4_333_333_333L));
    }

    @Test
    void one_penny_over_the_limit_in_any_universal_credit_money_field_is_refused_naming_it() {
        for (Tenure tenure : Tenure.values()) {
            InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                    () -> UniversalCredit.estimate(ucEverywhere(OVER, tenure)));

            List<String> expected = new ArrayList<>(List.of("claimants[0].netEarningsPence", "claimants[1].netEarningsPence",
                    "capitalPence", "otherIncome[0].amountPence", "otherIncome[1].amountPence", "childcare.costsPaidPence",
                    "deductions[0].amountPence", "deductions[1].amountPence", "housing.rent.amountPence",
                    "housing.eligibleServiceCharges.amountPence"));
            if (tenure == Tenure.SOCIAL) {
                expected.add("housing.chargesNotCovered.amountPence");
            } else {
                for (LhaCategory category : LhaCategory.values()) {
                    expected.add("housing.lha.monthlyRatesPence." + category.name());
                }
            }
            assertThat(refused.violations()).as(tenure.name())
                    .allSatisfy(v -> assertThat(v.code()).isEqualTo("too_large"))
                    .extracting(Violation::field).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(refused.violations()).allSatisfy(v -> assertThat(v.message()).doesNotContain("10,000,000.01"));
        }
    }

    // ------------------------------------------------------------------------------------------------ debt plan

    private static DebtPlanRequest debtsEverywhere(Pence amount) {
        List<DebtInput> debts = new ArrayList<>();
        for (DebtType type : DebtType.values()) {
            debts.add(new DebtInput(type.name().toLowerCase(), type.name(), "Creditor", amount, amount, null, null,
                    true));
        }
        List<IncomeLine> income = new ArrayList<>();
        for (IncomeSource source : IncomeSource.values()) {
            income.add(new IncomeLine(source, amount));
        }
        List<SpendingLine> spending = new ArrayList<>();
        for (ExpenditureCategory category : ExpenditureCategory.values()) {
            spending.add(new SpendingLine(category, amount));
        }
        return new DebtPlanRequest(PLAN_DATE, Nation.ENGLAND, income, spending, debts,
                new DebtAdviceFacts(true, amount, amount, false, false, false), null);
    }

    @Test
    void a_debt_plan_with_every_money_field_at_the_limit_still_shares_out_the_money() {
        DebtPlan plan = DebtPlanner.plan(debtsEverywhere(MAX));

        assertThat(plan.debts()).hasSize(DebtType.values().length);
        assertThat(plan.budget().monthlyIncomePence())
                .isEqualTo(MAX.times(IncomeSource.values().length));
        assertThat(plan.budget().monthlyPriorityPaymentsPence().isNegative()).isFalse();
        assertThat(plan.budget().monthlyNonPriorityPaymentsPence().isNegative()).isFalse();
        assertThat(plan.debts()).allSatisfy(d -> assertThat(d.monthlyPaymentPence().isNegative()).isFalse());
    }

    @Test
    void one_penny_over_the_limit_in_any_debt_plan_money_field_is_refused_naming_it() {
        DebtPlanRequest over = debtsEverywhere(OVER);

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> DebtPlanner.plan(over));

        List<String> expected = new ArrayList<>(List.of("adviceFacts.assetsValuePence",
                "adviceFacts.vehicleValuePence"));
        for (int i = 0; i < over.monthlyIncome().size(); i++) {
            expected.add("monthlyIncome[" + i + "].monthlyAmountPence");
        }
        for (int i = 0; i < over.essentialSpending().size(); i++) {
            expected.add("essentialSpending[" + i + "].monthlyAmountPence");
        }
        for (int i = 0; i < over.debts().size(); i++) {
            expected.add("debts[" + i + "].balancePence");
            expected.add("debts[" + i + "].monthlyInstalmentPence");
        }
        assertThat(refused.violations()).allSatisfy(v -> assertThat(v.code()).isEqualTo("too_large"))
                .extracting(Violation::field).containsExactlyInAnyOrderElementsOf(expected);
    }

    // ------------------------------------------------------------------------------------------------ rent risk

    private static RentRiskRequest rentEverywhere(Pence amount, RentFrequency frequency) {
        LocalDate date = PLAN_DATE;
        return new RentRiskRequest(date, Nation.ENGLAND, Tenure.SOCIAL, SocialLandlord.HOUSING_ASSOCIATION, amount,
                frequency, date.plusDays(1), amount, true, amount, date.plusDays(3), null, amount,
                Pence.ofPounds("400"), true);
    }

    @Test
    void a_rent_risk_assessment_with_every_money_field_at_the_limit_still_assesses_the_risk() {
        for (RentFrequency frequency : RentFrequency.values()) {
            RentRiskAssessment assessment = RentRiskAssessor.assess(rentEverywhere(MAX, frequency));

            assertThat(assessment.monthlyRentPence()).as(frequency.name()).isEqualTo(frequency.toMonthly(MAX));
            assertThat(assessment.arrearsPence()).isEqualTo(MAX);
            assertThat(assessment.riskLevel()).as(frequency.name()).isNotNull();
            assertThat(assessment.arrearsInRentPeriods()).isEqualByComparingTo(BigDecimal.ONE);
            assertThat(assessment.timeline()).isNotEmpty();
        }
    }

    @Test
    void arrears_of_ten_million_pounds_on_a_small_rent_are_a_high_risk() {
        RentRiskRequest request = rentEverywhere(Pence.ofPounds("500"), RentFrequency.MONTHLY);
        RentRiskRequest huge = new RentRiskRequest(request.assessmentDate(), request.nation(), request.tenure(),
                request.socialLandlord(), request.rentPence(), request.rentFrequency(), request.nextRentDueDate(),
                MAX, true, Pence.ZERO, null, null, Pence.ZERO, null, false);

        assertThat(RentRiskAssessor.assess(huge).riskLevel()).isIn(RiskLevel.HIGH, RiskLevel.CRITICAL);
    }

    @Test
    void one_penny_over_the_limit_in_any_rent_risk_money_field_is_refused_naming_it() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> RentRiskAssessor.assess(rentEverywhere(OVER, RentFrequency.WEEKLY)));

        assertThat(refused.violations()).allSatisfy(v -> assertThat(v.code()).isEqualTo("too_large"))
                .extracting(Violation::field).containsExactlyInAnyOrder("rentPence", "arrearsPence",
                        "ucHousingElementMonthlyPence", "tenantPaymentPerRentPeriodPence");
    }

    @Test
    void long_max_value_anywhere_is_refused_as_too_large_not_an_arithmetic_failure() {
        Pence huge = Pence.of(Long.MAX_VALUE);
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> UniversalCredit.estimate(ucEverywhere(huge, Tenure.SOCIAL))).violations()).isNotEmpty();
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> DebtPlanner.plan(debtsEverywhere(huge))).violations()).isNotEmpty();
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> RentRiskAssessor.assess(rentEverywhere(huge, RentFrequency.WEEKLY))).violations()).isNotEmpty();
    }
}
