package dev.hearth.domain.uc;

import dev.hearth.domain.housing.DisabilityBenefit;
import dev.hearth.domain.housing.HousingCostsInput.HousingPayment;
import dev.hearth.domain.housing.LhaCategory;
import dev.hearth.domain.housing.RentFrequency;
import dev.hearth.domain.housing.Sex;
import dev.hearth.domain.money.Pence;
import dev.hearth.domain.place.Nation;
import dev.hearth.domain.validation.InvalidInputException;
import dev.hearth.domain.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static dev.hearth.domain.uc.UcFixtures.MAY_2026;
import static dev.hearth.domain.uc.UcFixtures.aged;
import static dev.hearth.domain.uc.UcFixtures.d;
import static dev.hearth.domain.uc.UcFixtures.p;
import static dev.hearth.domain.uc.UcFixtures.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Issue 3 "Bad input": every violation, named by the field path a JSON caller wrote, never a crash. */
class UcBadInputTest {

    static Stream<Arguments> badInputs() {
        UcEstimateRequest base = single(MAY_2026, 30, "0");
        return Stream.of(
                Arguments.of("negative earnings", single(MAY_2026, 30, "-0.01"), "claimants[0].netEarningsPence", "must_not_be_negative"),
                Arguments.of("negative capital", base.withCapital(Pence.of(-1)), "capitalPence", "must_not_be_negative"),
                Arguments.of("negative other income", base.withOtherIncome(List.of(new OtherIncome(OtherIncomeType.NEW_STYLE_JSA,
                        Pence.of(-500)))), "otherIncome[0].amountPence", "must_not_be_negative"),
                Arguments.of("other income without an amount", base.withOtherIncome(List.of(new OtherIncome(OtherIncomeType.NEW_STYLE_JSA,
                        null))), "otherIncome[0].amountPence", "required"),
                Arguments.of("negative childcare costs", base.withChildren(List.of(Child.of(d("2020-01-01"), Sex.MALE)))
                        .withChildcare(new Childcare(Pence.of(-1), 1)), "childcare.costsPaidPence", "must_not_be_negative"),
                Arguments.of("childcare for more children than there are", base.withChildren(List.of(Child.of(d("2020-01-01"), Sex.MALE)))
                        .withChildcare(new Childcare(p("100.00"), 2)), "childcare.childrenCared", "more_than_children"),
                Arguments.of("negative deduction", base.withDeductions(List.of(new DeductionRequest(DeductionType.ADVANCE_REPAYMENT,
                        Pence.of(-1)))), "deductions[0].amountPence", "must_not_be_negative"),
                Arguments.of("deduction without an amount", base.withDeductions(List.of(new DeductionRequest(DeductionType.FINES,
                        null))), "deductions[0].amountPence", "required"),
                Arguments.of("claimant born after the period starts", UcEstimateRequest.single(MAY_2026, Nation.ENGLAND,
                        Claimant.of(d("2026-06-01"), Pence.ZERO)), "claimants[0].dateOfBirth", "not_before_period_start"),
                Arguments.of("claimant under 16", UcEstimateRequest.single(MAY_2026, Nation.ENGLAND,
                        Claimant.of(d("2011-01-01"), Pence.ZERO)), "claimants[0].dateOfBirth", "too_young"),
                Arguments.of("impossible date of birth", UcEstimateRequest.single(MAY_2026, Nation.ENGLAND,
                        Claimant.of(d("1850-01-01"), Pence.ZERO)), "claimants[0].dateOfBirth", "implausible"),
                Arguments.of("missing date of birth", UcEstimateRequest.single(MAY_2026, Nation.ENGLAND,
                        Claimant.of(null, Pence.ZERO)), "claimants[0].dateOfBirth", "required"),
                Arguments.of("child born after the period ends", base.withChildren(List.of(Child.of(d("2020-01-01"), Sex.MALE),
                        Child.of(d("2026-06-14"), Sex.MALE))), "children[1].dateOfBirth", "after_period_end"),
                Arguments.of("child too old to count", base.withChildren(List.of(Child.of(d("2006-01-01"), Sex.MALE)
                        .withQualifyingYoungPerson(true))), "children[0].dateOfBirth", "too_old_to_count"),
                Arguments.of("19-year-old in education past the 1st September after their 19th birthday",
                        single(d("2026-08-14"), 30, "0").withChildren(List.of(Child.of(d("2007-06-10"), Sex.MALE)
                                .withQualifyingYoungPerson(true))), "children[0].dateOfBirth", "too_old_to_count"),
                Arguments.of("16-year-old not in education once the 1st September after their 16th birthday has passed",
                        single(d("2026-09-14"), 30, "0").withChildren(List.of(Child.of(d("2010-03-10"), Sex.MALE))),
                        "children[0].qualifyingYoungPerson", "required_from_16"),
                Arguments.of("17-year-old not in education", base.withChildren(List.of(Child.of(d("2009-01-01"), Sex.MALE))),
                        "children[0].qualifyingYoungPerson", "required_from_16"),
                Arguments.of("disabled child rate below what the benefits give", base.withChildren(List.of(Child.of(d("2020-01-01"),
                                Sex.MALE).withDisabledChildRate(DisabledChildRate.LOWER)
                                .withDisabilityBenefits(Set.of(DisabilityBenefit.DLA_CARE_HIGHEST)))),
                        "children[0].disabledChildRate", "inconsistent_with_disability_benefits"),
                Arguments.of("State Pension age claimed at 40", UcEstimateRequest.single(MAY_2026, Nation.ENGLAND,
                        aged(40, MAY_2026, "0").withReachedStatePensionAge(true)), "claimants[0].reachedStatePensionAge",
                        "inconsistent_with_date_of_birth"),
                Arguments.of("State Pension age denied at 70", UcEstimateRequest.single(MAY_2026, Nation.ENGLAND,
                        aged(70, MAY_2026, "0")), "claimants[0].reachedStatePensionAge", "inconsistent_with_date_of_birth"),
                Arguments.of("LCW element without LCW", UcEstimateRequest.single(MAY_2026, Nation.ENGLAND,
                        aged(40, MAY_2026, "0").withLcwElementFromBeforeApril2017(true)),
                        "claimants[0].lcwElementFromBeforeApril2017", "inconsistent_with_work_capability"),
                Arguments.of("no claimants", base.withClaimants(List.of()), "claimants", "required"),
                Arguments.of("three claimants", base.withClaimants(List.of(aged(30, MAY_2026, "0"), aged(31, MAY_2026, "0"),
                        aged(32, MAY_2026, "0"))), "claimants", "too_many"),
                Arguments.of("period before the first rates held", base.withAssessmentPeriodStart(d("2025-04-06")),
                        "assessmentPeriodStart", "rates_not_available"),
                Arguments.of("period after the last rates held", base.withAssessmentPeriodStart(d("2027-04-01")),
                        "assessmentPeriodStart", "rates_not_available"),
                Arguments.of("the last day a date can be, whose period has no end",
                        base.withAssessmentPeriodStart(java.time.LocalDate.MAX), "assessmentPeriodStart",
                        "rates_not_available"),
                Arguments.of("a 16-year-old near the last representable day, whose 1st September cannot be written",
                        base.withAssessmentPeriodStart(java.time.LocalDate.MAX.minusMonths(2))
                                .withChildren(List.of(Child.of(java.time.LocalDate.MAX.minusYears(16).minusMonths(3), Sex.MALE))),
                        "assessmentPeriodStart", "rates_not_available"),
                Arguments.of("missing period", base.withAssessmentPeriodStart(null), "assessmentPeriodStart", "required"),
                Arguments.of("missing nation", base.withNation(null), "nation", "required"),
                Arguments.of("Northern Ireland", base.withNation(Nation.NORTHERN_IRELAND), "nation", "not_supported"),
                Arguments.of("rent without a frequency", base.withHousing(new RentedHome(dev.hearth.domain.housing.Tenure.SOCIAL,
                        new HousingPayment(p("500.00"), null), null, null, 1, false, null, false, null)),
                        "housing.rent.frequency", "required"),
                Arguments.of("private rent with no LHA for the category needed (shared accommodation rate, single under 35)", base.withHousing(UcFixtures.privateRent("700.00",
                        Map.of(LhaCategory.TWO_BEDROOMS, p("800.00")))), "housing.lha.monthlyRatesPence.SHARED_ACCOMMODATION", "rate_missing"),
                Arguments.of("child without a sex when there are housing costs", base.withChildren(List.of(Child.of(d("2020-01-01"), null)))
                        .withHousing(UcFixtures.socialRent("500.00", RentFrequency.MONTHLY, 2)), "children[0].sex", "required"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void bad_input_is_refused_naming_the_field(String what, UcEstimateRequest request, String field, String code) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> UniversalCredit.estimate(request));
        assertThat(e).as(what).isNotNull();
        assertThat(e.violations()).as(what).extracting(Violation::field, Violation::code).contains(org.assertj.core.groups.Tuple.tuple(field, code));
    }

    @Test
    void every_violation_is_reported_at_once() {
        UcEstimateRequest request = new UcEstimateRequest(d("2027-06-01"), Nation.ENGLAND, false,
                List.of(Claimant.of(d("2030-01-01"), Pence.of(-5))), false,
                List.of(Child.of(d("2001-01-01"), null)), null, List.of(), Pence.of(-1),
                List.of(new OtherIncome(null, Pence.ZERO)), null, List.of(), false, false);
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> UniversalCredit.estimate(request));
        assertThat(e.violations()).extracting(Violation::field).contains("assessmentPeriodStart", "claimants[0].netEarningsPence",
                "claimants[0].dateOfBirth", "children[0].dateOfBirth", "capitalPence", "otherIncome[0].type");
    }

    @Test
    void housing_violations_are_reported_together_with_the_household_ones() {
        UcEstimateRequest request = single(MAY_2026, 30, "-1.00")
                .withHousing(new RentedHome(dev.hearth.domain.housing.Tenure.SOCIAL, new HousingPayment(p("500.00"), null),
                        null, null, 1, false, null, false, null));
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> UniversalCredit.estimate(request));
        assertThat(e.violations()).extracting(Violation::field).contains("claimants[0].netEarningsPence", "housing.rent.frequency");
    }

    @Test
    void messages_never_echo_the_value_given() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> UniversalCredit.estimate(single(MAY_2026, 30, "-123.45").withCapital(Pence.of(-987654))));
        assertThat(e.violations()).allSatisfy(v -> {
            assertThat(v.message()).doesNotContain("123.45").doesNotContain("12345").doesNotContain("987654").doesNotContain("9,876.54");
        });
    }

    @Test
    void a_null_request_is_invalid_input_not_a_crash() {
        assertThatThrownBy(() -> UniversalCredit.estimate(null)).isInstanceOf(InvalidInputException.class);
    }
}
