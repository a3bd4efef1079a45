package dev.hearth.domain.uc;

import dev.hearth.domain.housing.DisabilityBenefit;
import dev.hearth.domain.housing.HousingCostsInput.SharedAccommodationExceptions;
import dev.hearth.domain.money.Pence;

import java.time.LocalDate;
import java.util.Set;

/**
 * A claimant: the single claimant, or one of two joint claimants who are a couple. Component names are the JSON names
 * (validation paths look like {@code claimants[1].netEarnings}). Money is integer pence for the assessment period.
 *
 * @param dateOfBirth                  date of birth; ages are worked out against the assessment period, never today
 * @param netEarningsPence                  earnings in the assessment period after income tax, National Insurance and
 *                                     pension contributions (UC Regs 2013 regs 55, 57); {@code null} means none
 * @param inPaidWork                   in paid work (or has an offer of it) for the childcare costs element work
 *                                     condition (reg 32); {@code null} means "work it out from {@code netEarnings}"
 * @param workCapability               the work capability decision; {@code null} means {@link WorkCapability#NONE}
 * @param lcwElementFromBeforeApril2017 has had the LCW element since before 3 April 2017 and keeps it (transitional
 *                                     protection); only then is the LCW element paid
 * @param lcwraRate                    from April 2026, which LCWRA rate applies ({@link LcwraRate}); {@code null}
 *                                     means not known (the lower new-claim rate is used and the assumption recorded)
 * @param carer                        has regular and substantial caring responsibilities for a severely disabled
 *                                     person: 35 hours a week or more (reg 29-30)
 * @param reachedStatePensionAge       has reached State Pension age (the qualifying age for State Pension Credit); the
 *                                     caller decides, because that age depends on the exact date of birth
 * @param severelySightImpaired        certified severely sight impaired or blind (housing contribution exemption)
 * @param disabilityBenefits           disability and care benefits the claimant receives (housing rules and the
 *                                     benefit cap exception, reg 83)
 * @param disabilityBenefitSuspendedInHospital entitled to one of those benefits but not paid it because of a hospital
 *                                     or care-home stay
 * @param needsOvernightCare           non-resident carers stay overnight regularly (extra bedroom, Sch 4 para 12)
 * @param cannotShareBedroomBecauseOfDisability a member of a couple who cannot share a bedroom with their partner
 *                                     because of disability (Sch 4 para 12(6A))
 * @param sharedAccommodationExceptions facts that make a single renter under 35 an excepted person (Sch 4 para 29);
 *                                     {@code null} means none
 */
public record Claimant(
        LocalDate dateOfBirth,
        Pence netEarningsPence,
        Boolean inPaidWork,
        WorkCapability workCapability,
        boolean lcwElementFromBeforeApril2017,
        LcwraRate lcwraRate,
        boolean carer,
        boolean reachedStatePensionAge,
        boolean severelySightImpaired,
        Set<DisabilityBenefit> disabilityBenefits,
        boolean disabilityBenefitSuspendedInHospital,
        boolean needsOvernightCare,
        boolean cannotShareBedroomBecauseOfDisability,
        SharedAccommodationExceptions sharedAccommodationExceptions) {

    public Claimant {
        netEarningsPence = netEarningsPence == null ? Pence.ZERO : netEarningsPence;
        workCapability = workCapability == null ? WorkCapability.NONE : workCapability;
        disabilityBenefits = DisabilityBenefit.copyOf(disabilityBenefits);
        sharedAccommodationExceptions = sharedAccommodationExceptions == null
                ? SharedAccommodationExceptions.NONE : sharedAccommodationExceptions;
    }

    /** A claimant with only a date of birth and net earnings; every other fact at its default. */
    public static Claimant of(LocalDate dateOfBirth, Pence netEarningsPence) {
        return new Claimant(dateOfBirth, netEarningsPence, null, WorkCapability.NONE, false, null, false, false, false,
                Set.of(), false, false, false, null);
    }

    public Claimant withWorkCapability(WorkCapability capability, LcwraRate rate) {
        return new Claimant(dateOfBirth, netEarningsPence, inPaidWork, capability, lcwElementFromBeforeApril2017, rate, carer,
                reachedStatePensionAge, severelySightImpaired, disabilityBenefits, disabilityBenefitSuspendedInHospital,
                needsOvernightCare, cannotShareBedroomBecauseOfDisability, sharedAccommodationExceptions);
    }

    public Claimant withLcwElementFromBeforeApril2017(boolean value) {
        return new Claimant(dateOfBirth, netEarningsPence, inPaidWork, workCapability, value, lcwraRate, carer,
                reachedStatePensionAge, severelySightImpaired, disabilityBenefits, disabilityBenefitSuspendedInHospital,
                needsOvernightCare, cannotShareBedroomBecauseOfDisability, sharedAccommodationExceptions);
    }

    public Claimant withCarer(boolean value) {
        return new Claimant(dateOfBirth, netEarningsPence, inPaidWork, workCapability, lcwElementFromBeforeApril2017, lcwraRate,
                value, reachedStatePensionAge, severelySightImpaired, disabilityBenefits,
                disabilityBenefitSuspendedInHospital, needsOvernightCare, cannotShareBedroomBecauseOfDisability,
                sharedAccommodationExceptions);
    }

    public Claimant withInPaidWork(Boolean value) {
        return new Claimant(dateOfBirth, netEarningsPence, value, workCapability, lcwElementFromBeforeApril2017, lcwraRate,
                carer, reachedStatePensionAge, severelySightImpaired, disabilityBenefits,
                disabilityBenefitSuspendedInHospital, needsOvernightCare, cannotShareBedroomBecauseOfDisability,
                sharedAccommodationExceptions);
    }

    public Claimant withReachedStatePensionAge(boolean value) {
        return new Claimant(dateOfBirth, netEarningsPence, inPaidWork, workCapability, lcwElementFromBeforeApril2017, lcwraRate,
                carer, value, severelySightImpaired, disabilityBenefits, disabilityBenefitSuspendedInHospital,
                needsOvernightCare, cannotShareBedroomBecauseOfDisability, sharedAccommodationExceptions);
    }

    public Claimant withDisabilityBenefits(Set<DisabilityBenefit> value) {
        return new Claimant(dateOfBirth, netEarningsPence, inPaidWork, workCapability, lcwElementFromBeforeApril2017, lcwraRate,
                carer, reachedStatePensionAge, severelySightImpaired, value, disabilityBenefitSuspendedInHospital,
                needsOvernightCare, cannotShareBedroomBecauseOfDisability, sharedAccommodationExceptions);
    }
}
