package dev.hearth.domain.rent;

import dev.hearth.domain.housing.RentFrequency;
import dev.hearth.domain.housing.Tenure;
import dev.hearth.domain.money.Pence;
import dev.hearth.domain.place.Nation;

import java.time.LocalDate;

/**
 * Everything the rent-risk assessor needs. Amounts are integer pence; the period of each is in its name.
 *
 * @param assessmentDate                 the date of the assessment (decides which rules apply); from 6 April 2025
 * @param nation                         where the home is
 * @param tenure                         private or social rented sector
 * @param socialLandlord                 for social tenure: council or housing association (optional; without it the
 *                                       possession threshold is not modelled for social tenure)
 * @param rentPence                      the rent due each rent period, in pence per period
 * @param rentFrequency                  how often rent falls due
 * @param nextRentDueDate                the next date rent falls due, on or after the assessment date and less than one
 *                                       rent period after it
 * @param arrearsPence                   rent arrears on the assessment date, in pence (zero or more)
 * @param largeArrearsAcknowledged       confirms arrears above {@link RentRiskThresholds#plausibleArrearsMonths()}
 *                                       months' rent are not a typing error
 * @param ucHousingElementMonthlyPence   the Universal Credit housing element, in pence per month (from an estimate or
 *                                       the award statement; optional, none when absent)
 * @param ucPaymentDate                  the next expected Universal Credit payment date on or after the assessment date
 *                                       (give this or {@code ucAssessmentPeriodStartDate} when there is a housing
 *                                       element)
 * @param ucAssessmentPeriodStartDate    the first day of any assessment period of the claim: payment dates are then
 *                                       worked out by the timing engine, with bank holidays
 * @param tenantPaymentPerRentPeriodPence the tenant's own payment towards the rent on each rent due date, in pence per
 *                                       rent period (optional, none when absent)
 * @param ucStandardAllowanceMonthlyPence the Universal Credit standard allowance, in pence per month, for the
 *                                       third-party deduction band (optional)
 * @param repeatedUnderpayment           whether the tenant has repeatedly paid less than the rent (a managed-payment
 *                                       trigger at one month's arrears)
 * @param tenancyType                    the kind of tenancy (optional): decides the possession grounds and notice
 *                                       periods listed; must belong to the nation and tenure
 * @param ucHousingCostsInPayment        whether Universal Credit housing costs are in payment (optional; when not
 *                                       given, inferred from a housing element above nil): a managed payment and a
 *                                       rent-arrears deduction need an award that includes them
 * @param housingCostsPaidToLandlord     whether the housing costs are already paid direct to the landlord (optional;
 *                                       needs housing costs in payment)
 */
public record RentRiskRequest(LocalDate assessmentDate, Nation nation, Tenure tenure, SocialLandlord socialLandlord,
                              Pence rentPence, RentFrequency rentFrequency, LocalDate nextRentDueDate,
                              Pence arrearsPence, boolean largeArrearsAcknowledged,
                              Pence ucHousingElementMonthlyPence, LocalDate ucPaymentDate,
                              LocalDate ucAssessmentPeriodStartDate, Pence tenantPaymentPerRentPeriodPence,
                              Pence ucStandardAllowanceMonthlyPence, boolean repeatedUnderpayment,
                              TenancyType tenancyType, Boolean ucHousingCostsInPayment,
                              Boolean housingCostsPaidToLandlord) {

    /** A request without the tenancy type and housing-costs facts (the shape before they were added). */
    public RentRiskRequest(LocalDate assessmentDate, Nation nation, Tenure tenure, SocialLandlord socialLandlord,
                           Pence rentPence, RentFrequency rentFrequency, LocalDate nextRentDueDate,
                           Pence arrearsPence, boolean largeArrearsAcknowledged,
                           Pence ucHousingElementMonthlyPence, LocalDate ucPaymentDate,
                           LocalDate ucAssessmentPeriodStartDate, Pence tenantPaymentPerRentPeriodPence,
                           Pence ucStandardAllowanceMonthlyPence, boolean repeatedUnderpayment) {
        this(assessmentDate, nation, tenure, socialLandlord, rentPence, rentFrequency, nextRentDueDate, arrearsPence,
                largeArrearsAcknowledged, ucHousingElementMonthlyPence, ucPaymentDate, ucAssessmentPeriodStartDate,
                tenantPaymentPerRentPeriodPence, ucStandardAllowanceMonthlyPence, repeatedUnderpayment, null, null,
                null);
    }

}
