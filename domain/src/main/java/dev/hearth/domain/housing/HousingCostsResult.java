package dev.hearth.domain.housing;

import dev.hearth.domain.money.Pence;

import java.util.List;
import java.util.Optional;

/**
 * The housing costs element for one monthly assessment period, with its breakdown. The explanation of how it was
 * reached is written into the {@link dev.hearth.domain.explain.ExplanationBuilder} passed to
 * {@link HousingCostsElement#calculate}, so it becomes part of the caller's whole-award explanation.
 *
 * @param monthlyAmountPence            the element for the assessment period (zero when nil)
 * @param tenure                   the sector the calculation followed
 * @param monthlyRentPence              the rent as a monthly amount (Sch 4 para 7)
 * @param monthlyServiceChargesPence    eligible service charges as a monthly amount (zero if none)
 * @param monthlyChargesNotCoveredPence charges not met by the element, as a monthly amount (zero if none)
 * @param coreRentPence                 the eligible monthly amount before any cap or deduction: rent plus eligible service
 *                                 charges, less charges not covered
 * @param bedroomEntitlement       the size-criteria entitlement and how it was reached
 * @param lhaCategory              the LHA category used (private sector only)
 * @param capRentPence                  the monthly LHA cap rent (private sector only)
 * @param underOccupancyDeductionPence  the social-sector under-occupancy deduction (zero when none)
 * @param underOccupancyExemption  why the under-occupancy deduction did not apply although bedrooms exceed the
 *                                 entitlement, or empty
 * @param excessBedrooms           bedrooms above the entitlement (social sector; zero otherwise)
 * @param amountBeforeContributionsPence the amount after the cap or under-occupancy step, before contributions
 * @param contributions            one line per non-dependant
 * @param totalContributionsPence       the sum of the contributions made
 * @param nilReasons               why the element is nil; empty when it is not
 */
public record HousingCostsResult(
        Pence monthlyAmountPence,
        Tenure tenure,
        Pence monthlyRentPence,
        Pence monthlyServiceChargesPence,
        Pence monthlyChargesNotCoveredPence,
        Pence coreRentPence,
        BedroomEntitlement bedroomEntitlement,
        Optional<LhaCategory> lhaCategory,
        Optional<Pence> capRentPence,
        Pence underOccupancyDeductionPence,
        Optional<UnderOccupancyExemption> underOccupancyExemption,
        int excessBedrooms,
        Pence amountBeforeContributionsPence,
        List<HousingCostContribution> contributions,
        Pence totalContributionsPence,
        List<NilReason> nilReasons) {

    public HousingCostsResult {
        contributions = List.copyOf(contributions);
        nilReasons = List.copyOf(nilReasons);
    }

    /** True when the element worked out as nil; {@link #nilReasons()} says why. */
    public boolean isNil() {
        return monthlyAmountPence.isZero();
    }
}
