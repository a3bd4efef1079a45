package dev.hearth.domain.rent;

import dev.hearth.domain.housing.RentFrequency;
import dev.hearth.domain.housing.Tenure;
import dev.hearth.domain.money.Pence;
import dev.hearth.domain.place.Nation;
import dev.hearth.domain.validation.InvalidInputException;
import dev.hearth.domain.validation.Violation;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import static dev.hearth.domain.rent.RentFixtures.d;
import static dev.hearth.domain.rent.RentFixtures.p;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class RentRiskValidationTest {

    @Test
    void missing_and_impossible_fields_are_all_reported_with_their_paths() {
        RentRiskRequest request = new RentRiskRequest(d("2026-06-01"), null, Tenure.PRIVATE,
                SocialLandlord.HOUSING_ASSOCIATION, p("-1"), null, d("2026-05-01"), p("-5"), false, p("-2"),
                d("2026-08-01"), d("2026-05-01"), p("-3"), p("9000"), false);
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> RentRiskAssessor.assess(request));
        assertThat(e.violations()).extracting(Violation::field, Violation::code).containsExactlyInAnyOrder(
                Tuple.tuple("nation", "required"),
                Tuple.tuple("socialLandlord", "inconsistent_with_tenure"),
                Tuple.tuple("rentPence", "must_be_positive"),
                Tuple.tuple("rentFrequency", "required"),
                Tuple.tuple("arrearsPence", "must_not_be_negative"),
                Tuple.tuple("ucHousingElementMonthlyPence", "must_not_be_negative"),
                Tuple.tuple("ucPaymentDate", "ambiguous"),
                Tuple.tuple("ucPaymentDate", "not_next_payment_date"),
                Tuple.tuple("tenantPaymentPerRentPeriodPence", "must_not_be_negative"),
                Tuple.tuple("ucStandardAllowanceMonthlyPence", "implausible"));
    }

    @Test
    void a_due_date_that_is_not_the_next_one_is_refused() {
        RentRiskRequest request = RentFixtures.monthly("2026-06-01", "600", "2026-07-15").build();
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> RentRiskAssessor.assess(request));
        assertThat(e.violations()).extracting(Violation::field, Violation::code)
                .containsExactly(Tuple.tuple("nextRentDueDate", "not_next_due_date"));
    }

    @Test
    void arrears_larger_than_twelve_months_rent_need_an_acknowledgement() {
        RentRiskRequest request = RentFixtures.monthly("2026-06-01", "600", "2026-06-28").arrears("7200.01").build();
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> RentRiskAssessor.assess(request));
        assertThat(e.violations()).extracting(Violation::field, Violation::code)
                .containsExactly(Tuple.tuple("arrearsPence", "implausible_without_acknowledgement"));
        assertThat(e.violations().get(0).message()).doesNotContain("7200");

        RentRiskRequest acknowledged = new RentRiskRequest(request.assessmentDate(), request.nation(),
                request.tenure(), null, request.rentPence(), request.rentFrequency(), request.nextRentDueDate(),
                request.arrearsPence(), true, null, null, null, null, null, false);
        assertThat(RentRiskAssessor.assess(acknowledged).possessionThreshold().status())
                .isEqualTo(ThresholdStatus.ALREADY_REACHED);
    }

    @Test
    void a_housing_element_needs_a_payment_date_and_dates_before_the_rules_are_rates_not_available() {
        RentRiskRequest request = new RentRiskRequest(d("2025-04-05"), Nation.ENGLAND, Tenure.PRIVATE, null,
                p("600"), RentFrequency.MONTHLY, d("2025-04-28"), Pence.ZERO, false, p("500"), null, null, null, null,
                false);
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> RentRiskAssessor.assess(request));
        assertThat(e.violations()).extracting(Violation::field, Violation::code).containsExactlyInAnyOrder(
                Tuple.tuple("assessmentDate", "rates_not_available"),
                Tuple.tuple("ucPaymentDate", "required"));
    }

    @Test
    void an_assessment_period_start_after_the_assessment_date_makes_no_sense() {
        RentRiskRequest request = RentFixtures.monthly("2026-06-01", "600", "2026-06-28")
                .ucPeriods("600", "2026-06-10").build();
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> RentRiskAssessor.assess(request));
        assertThat(e.violations()).extracting(Violation::field, Violation::code)
                .containsExactly(Tuple.tuple("ucAssessmentPeriodStartDate", "after_assessment_date"));
    }
}
