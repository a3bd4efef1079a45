package dev.hearth.domain.rent;

import dev.hearth.domain.explain.Prose;
import dev.hearth.domain.housing.Tenure;
import dev.hearth.domain.money.Pence;
import dev.hearth.domain.validation.InvalidInputException;
import dev.hearth.domain.validation.Violations;

import java.time.LocalDate;

/**
 * Checks an assessment request: every violation at once, with the field path as the caller named it. The limits here
 * are input guards, not rules: the latest date accepted, the day Universal Credit began, an impossible standard
 * allowance, and the arrears plausibility guard ({@link RentRiskThresholds#plausibleArrearsMonths()}).
 */
final class RentRiskValidator {

    private static final LocalDate LATEST = LocalDate.of(2099, 12, 31);
    /** The day Universal Credit began, as the payment-timing engine also holds it (an input guard, not a rule). */
    private static final LocalDate UC_BEGAN = LocalDate.of(2013, 4, 29);
    private static final Pence PLAUSIBLE_STANDARD_ALLOWANCE_LIMIT = Pence.ofPounds("2000");

    private RentRiskValidator() {
    }

    /** @throws InvalidInputException with every violation found */
    static void validate(RentRiskRequest r, RentRiskThresholds t) {
        Violations v = new Violations();
        if (r == null) {
            v.add("request", "required", "an assessment request is required");
            v.throwIfAny();
            return;
        }
        LocalDate date = r.assessmentDate();
        if (date == null) {
            v.add("assessmentDate", "required", "the assessment date is required");
        } else if (date.isBefore(Ground8Version.RULES_FROM)) {
            v.add("assessmentDate", "rates_not_available",
                    "rent-risk rules are held only for assessment dates from " + Ground8Version.RULES_FROM);
        } else if (date.isAfter(LATEST)) {
            v.add("assessmentDate", "date_out_of_range", "the assessment date is too far in the future");
        }
        v.require(r.nation() != null, "nation", "required", "the nation the home is in is required");
        v.require(r.tenure() != null, "tenure", "required", "the tenure (private or social) is required");
        if (r.socialLandlord() != null && r.tenure() == Tenure.PRIVATE) {
            v.add("socialLandlord", "inconsistent_with_tenure", "a social landlord type applies only to social tenure");
        }
        checkTenancy(r, v);
        boolean rentOk = checkRent(r, date, v);
        checkArrears(r, rentOk, t, v);
        checkUniversalCredit(r, date, v);
        if (r.tenantPaymentPerRentPeriodPence() != null && r.tenantPaymentPerRentPeriodPence().isNegative()) {
            v.add("tenantPaymentPerRentPeriodPence", "must_not_be_negative", "a payment cannot be negative");
        }
        v.requireWithinInputLimit(r.tenantPaymentPerRentPeriodPence(), "tenantPaymentPerRentPeriodPence");
        if (r.ucStandardAllowanceMonthlyPence() != null) {
            if (r.ucStandardAllowanceMonthlyPence().isNegative()) {
                v.add("ucStandardAllowanceMonthlyPence", "must_not_be_negative",
                        "the standard allowance cannot be negative");
            } else if (r.ucStandardAllowanceMonthlyPence().isGreaterThan(PLAUSIBLE_STANDARD_ALLOWANCE_LIMIT)) {
                v.add("ucStandardAllowanceMonthlyPence", "implausible",
                        "a monthly standard allowance above " + PLAUSIBLE_STANDARD_ALLOWANCE_LIMIT + " is not possible");
            }
        }
        v.throwIfAny();
    }

    /** The tenancy type belongs to the nation and tenure; direct payment needs housing costs in payment. */
    private static void checkTenancy(RentRiskRequest r, Violations v) {
        TenancyType type = r.tenancyType();
        if (type != null && r.nation() != null) {
            boolean scotland = r.nation() == dev.hearth.domain.place.Nation.SCOTLAND;
            boolean england = r.nation() == dev.hearth.domain.place.Nation.ENGLAND;
            if (type.scottish() ? !scotland : !england) {
                v.add("tenancyType", "tenancy_type_not_in_nation", "this tenancy type does not exist in "
                        + r.nation() + (type.scottish() ? " (Scottish types are for Scotland)"
                        : " (these types are modelled for England only)"));
            }
        }
        if (type != null && r.tenure() != null) {
            boolean social = r.tenure() == Tenure.SOCIAL;
            if (type.socialOnly() && !social) {
                v.add("tenancyType", "inconsistent_with_tenure", "only a social landlord grants this tenancy type");
            } else if (type == TenancyType.SCOTTISH_PRIVATE_RESIDENTIAL && social) {
                v.add("tenancyType", "inconsistent_with_tenure", "a private residential tenancy is private tenure");
            }
        }
        if (Boolean.TRUE.equals(r.housingCostsPaidToLandlord()) && Boolean.FALSE.equals(r.ucHousingCostsInPayment())) {
            v.add("housingCostsPaidToLandlord", "inconsistent_with_housing_costs",
                    "housing costs cannot be paid to the landlord when none are in payment");
        }
    }

    /** Rent, frequency and next due date; whether rent and frequency can be used by the later checks. */
    private static boolean checkRent(RentRiskRequest r, LocalDate date, Violations v) {
        boolean rentOk = true;
        if (r.rentPence() == null) {
            v.add("rentPence", "required", "the rent is required");
            rentOk = false;
        } else if (!r.rentPence().isPositive()) {
            v.add("rentPence", "must_be_positive", "the rent must be more than nil");
            rentOk = false;
        } else if (r.rentPence().isAboveInputLimit()) {
            v.requireWithinInputLimit(r.rentPence(), "rentPence");
            rentOk = false;
        }
        if (r.rentFrequency() == null) {
            v.add("rentFrequency", "required", "how often rent falls due is required");
            rentOk = false;
        }
        if (r.nextRentDueDate() == null) {
            v.add("nextRentDueDate", "required", "the next rent due date is required");
        } else if (date != null && r.rentFrequency() != null && (r.nextRentDueDate().isBefore(date)
                || r.nextRentDueDate().isAfter(RentCase.step(date, r.rentFrequency(), 1)))) {
            v.add("nextRentDueDate", "not_next_due_date",
                    "the next rent due date must be on or after the assessment date and within one rent period of it");
        }
        return rentOk;
    }

    private static void checkArrears(RentRiskRequest r, boolean rentOk, RentRiskThresholds t, Violations v) {
        if (r.arrearsPence() == null) {
            v.add("arrearsPence", "required", "the arrears are required (nil if none)");
        } else if (r.arrearsPence().isNegative()) {
            v.add("arrearsPence", "must_not_be_negative", "arrears cannot be negative; rent in credit is not arrears");
        } else if (r.arrearsPence().isAboveInputLimit()) {
            v.requireWithinInputLimit(r.arrearsPence(), "arrearsPence");
        } else if (rentOk && !r.largeArrearsAcknowledged()) {
            Pence limit = r.rentFrequency().toMonthly(r.rentPence()).times(t.plausibleArrearsMonths());
            if (r.arrearsPence().isGreaterThan(limit)) {
                v.add("arrearsPence", "implausible_without_acknowledgement", "arrears of more than "
                        + t.plausibleArrearsMonths() + " months' rent must be confirmed with largeArrearsAcknowledged");
            }
        }
    }

    private static void checkUniversalCredit(RentRiskRequest r, LocalDate date, Violations v) {
        if (r.ucHousingElementMonthlyPence() != null && r.ucHousingElementMonthlyPence().isNegative()) {
            v.add("ucHousingElementMonthlyPence", "must_not_be_negative", "the housing element cannot be negative");
        }
        v.requireWithinInputLimit(r.ucHousingElementMonthlyPence(), "ucHousingElementMonthlyPence");
        if (r.ucPaymentDate() != null && r.ucAssessmentPeriodStartDate() != null) {
            v.add("ucPaymentDate", "ambiguous",
                    "give either the next UC payment date or an assessment period start date, not both");
        }
        boolean housing = r.ucHousingElementMonthlyPence() != null && r.ucHousingElementMonthlyPence().isPositive();
        if (housing && r.ucPaymentDate() == null && r.ucAssessmentPeriodStartDate() == null) {
            v.add("ucPaymentDate", "required",
                    "with a housing element, the next UC payment date or an assessment period start date is required");
        }
        if (r.ucPaymentDate() != null && date != null && (r.ucPaymentDate().isBefore(date)
                || r.ucPaymentDate().isAfter(date.plusMonths(1)))) {
            v.add("ucPaymentDate", "not_next_payment_date",
                    "the next UC payment date must be on or after the assessment date and within a month of it");
        }
        if (r.ucAssessmentPeriodStartDate() != null) {
            if (r.ucAssessmentPeriodStartDate().isBefore(UC_BEGAN)) {
                v.add("ucAssessmentPeriodStartDate", "before_universal_credit_began",
                        "the date is before Universal Credit began on " + Prose.longDate(UC_BEGAN));
            } else if (date != null && r.ucAssessmentPeriodStartDate().isAfter(date)) {
                v.add("ucAssessmentPeriodStartDate", "after_assessment_date",
                        "give the start of an assessment period on or before the assessment date");
            }
        }
    }
}
