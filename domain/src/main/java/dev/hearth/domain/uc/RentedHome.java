package dev.hearth.domain.uc;

import dev.hearth.domain.housing.HousingCostsInput.FosterCaring;
import dev.hearth.domain.housing.HousingCostsInput.HousingPayment;
import dev.hearth.domain.housing.LhaSource;
import dev.hearth.domain.housing.Tenure;

/**
 * The rented home, for the housing costs element (UC Regs 2013 reg 26 and Schedule 4). The people in it (claimants,
 * children, non-dependants) are given once, at the top of {@link UcEstimateRequest}. Validation paths look like
 * {@code housing.rent.frequency}.
 *
 * @param tenure                 social or private rented sector
 * @param rent                   the rent and how often it is due (amount in pence per that frequency)
 * @param eligibleServiceCharges eligible service charges on top of the rent, or {@code null}
 * @param chargesNotCovered      charges inside the rent the element does not meet (water, fuel), or {@code null}
 * @param bedrooms               bedrooms in the home (0 for a bedsit)
 * @param sharedOwnership        the renter is a shared owner
 * @param fosterCaring           foster carer or adopter position, or {@code null} for none
 * @param sanctuaryScheme        the home is under a sanctuary scheme
 * @param lha                    Local Housing Allowance rates for the area (private sector), supplied or looked up
 */
public record RentedHome(
        Tenure tenure,
        HousingPayment rent,
        HousingPayment eligibleServiceCharges,
        HousingPayment chargesNotCovered,
        int bedrooms,
        boolean sharedOwnership,
        FosterCaring fosterCaring,
        boolean sanctuaryScheme,
        LhaSource lha) {
}
