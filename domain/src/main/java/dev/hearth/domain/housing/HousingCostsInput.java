package dev.hearth.domain.housing;

import dev.hearth.domain.money.Pence;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Everything the housing costs element for a renter needs, as the caller (normally the Universal Credit engine) states
 * it. Field names are the ones used in validation messages, e.g. {@code children[1].dateOfBirth}. The engine checks the
 * whole input and reports every problem at once ({@link dev.hearth.domain.validation.InvalidInputException}).
 *
 * <p>Who belongs where: {@code claimants} are the renter(s) (one, or two joint claimants who are a couple);
 * {@code children} are the children and qualifying young people the claimant(s) are responsible for (the benefit
 * unit); {@code nonDependants} are the other people who normally live in the home as members of the renter's extended
 * benefit unit (UC Regs 2013 Sch 4 para 9), for example an adult son or a grandchild, but not a lodger, a joint tenant,
 * a landlord or a foster child.
 *
 * @param tenure                 social or private rented sector
 * @param rent                   the rent the renter is liable to pay, and how often (Sch 4 para 3(a))
 * @param eligibleServiceCharges eligible service charges (Sch 4 para 3(c), para 8) paid on top of the rent, or
 *                               {@code null} if none
 * @param chargesNotCovered      charges included in the rent that the housing element does not meet, such as water,
 *                               sewerage or fuel (social sector, Sch 4 para 31/32), or {@code null} if none
 * @param bedrooms               the number of bedrooms in the home (0 for a bedsit)
 * @param sharedOwnership        the renter is a shared owner; the under-occupancy deduction then does not apply
 *                               (Sch 4 para 36(5))
 * @param claimants              the renter, or the two joint renters who are a couple
 * @param children               children and qualifying young people the claimant(s) are responsible for
 * @param nonDependants          non-dependants who live in the home (Sch 4 para 9)
 * @param fosterCaring           the renter's foster carer / adopter position, or {@code null} meaning none
 * @param sanctuaryScheme        the home has additional security under a sanctuary scheme because someone in the
 *                               household is at risk of domestic abuse (under-occupancy exemption, where the law
 *                               provides it: see docs/rules/housing-costs.md)
 * @param lha                    the Local Housing Allowance source; required for the private sector, ignored for social
 */
public record HousingCostsInput(
        Tenure tenure,
        HousingPayment rent,
        HousingPayment eligibleServiceCharges,
        HousingPayment chargesNotCovered,
        int bedrooms,
        boolean sharedOwnership,
        List<Claimant> claimants,
        List<Child> children,
        List<NonDependant> nonDependants,
        FosterCaring fosterCaring,
        boolean sanctuaryScheme,
        LhaSource lha) {

    public HousingCostsInput {
        claimants = claimants == null ? null : List.copyOf(claimants);
        children = children == null ? List.of() : List.copyOf(children);
        nonDependants = nonDependants == null ? List.of() : List.copyOf(nonDependants);
    }

    /** True when two joint renters (a couple) claim. */
    public boolean isCouple() {
        return claimants != null && claimants.size() == 2;
    }

    /**
     * An amount the renter pays and how often it falls due; converted to a monthly amount under Sch 4 para 7 by
     * {@link RentFrequency#toMonthly(Pence)}.
     */
    public record HousingPayment(Pence amount, RentFrequency frequency) {
    }

    /**
     * A renter (claimant). The facts drive the SAR exceptions (Sch 4 para 29), the claimant-side exemption from housing
     * cost contributions (para 15), the extra bedroom for overnight care or for a member of a couple who cannot share
     * (para 12), and the pension-age rules.
     *
     * @param dateOfBirth                         date of birth
     * @param reachedStatePensionAge              has reached State Pension age (the caller decides; Hearth does not
     *                                            derive State Pension age from a date of birth)
     * @param severelySightImpaired               blind: certified as severely sight impaired or blind by a consultant
     *                                            ophthalmologist (Sch 4 para 15(2)(a))
     * @param disabilityBenefits                  disability and care benefits received
     * @param disabilityBenefitSuspendedInHospital entitled to DLA care (middle/highest), AA or PIP daily living but not
     *                                            paid it only because of a hospital or care-home stay (para 15(2)(e))
     * @param needsOvernightCare                  one or more people who do not live in the home are engaged to provide
     *                                            overnight care and stay overnight regularly (para 12(3)(b)-(c))
     * @param cannotShareBedroomBecauseOfDisability a member of a couple who is not reasonably able to share a bedroom
     *                                            with their partner because of disability (para 12(6A))
     * @param sharedAccommodationExceptions        facts behind the para 29 exceptions from the shared accommodation rate
     */
    public record Claimant(
            LocalDate dateOfBirth,
            boolean reachedStatePensionAge,
            boolean severelySightImpaired,
            Set<DisabilityBenefit> disabilityBenefits,
            boolean disabilityBenefitSuspendedInHospital,
            boolean needsOvernightCare,
            boolean cannotShareBedroomBecauseOfDisability,
            SharedAccommodationExceptions sharedAccommodationExceptions) {

        public Claimant {
            disabilityBenefits = disabilityBenefits == null ? Set.of() : Set.copyOf(disabilityBenefits);
            sharedAccommodationExceptions = sharedAccommodationExceptions == null
                    ? SharedAccommodationExceptions.NONE : sharedAccommodationExceptions;
        }
    }

    /**
     * Facts that make a single renter under the SAR age an "excepted person" (UC Regs 2013 Sch 4 para 29) and so
     * entitled to a self-contained LHA rate. The disability-benefit exception (para 29(5)) is read from the claimant's
     * {@code disabilityBenefits}; these are the others.
     *
     * @param careLeaver                     was looked after by a local authority (care leaver) before 18; counts
     *                                       while aged 18 to 24 (para 29(2)-(3))
     * @param homelessHostelResident         has lived in one or more homeless hostels for at least 3 months in total
     *                                       and accepted rehabilitation or resettlement services there (para 29(4))
     * @param mappaOffender                  subject to multi-agency public protection arrangements (England and
     *                                       Wales) or the Scottish equivalent, as described in para 29(6)-(7)
     * @param domesticAbuseVictim            a victim of domestic abuse as described in para 29 (see the rules
     *                                       catalogue for the exact sub-paragraph)
     * @param modernSlaveryVictim            a victim of modern slavery (conclusive grounds decision) as described in
     *                                       para 29 (see the rules catalogue)
     */
    public record SharedAccommodationExceptions(
            boolean careLeaver,
            boolean homelessHostelResident,
            boolean mappaOffender,
            boolean domesticAbuseVictim,
            boolean modernSlaveryVictim) {

        /** No exception facts. */
        public static final SharedAccommodationExceptions NONE =
                new SharedAccommodationExceptions(false, false, false, false, false);
    }

    /**
     * A child or qualifying young person the claimant(s) are responsible for. Under the size criteria a "child" is
     * under 16; an older young person has a bedroom of their own.
     *
     * @param dateOfBirth                           date of birth
     * @param sex                                   sex, for the same-sex sharing rule
     * @param disabilityBenefits                    disability and care benefits received for the child
     * @param cannotShareBedroomBecauseOfDisability not reasonably able to share a bedroom because of disability
     *                                              (disabled child condition, Sch 4 para 12(6))
     * @param needsOvernightCare                    non-resident carers are engaged to stay overnight regularly to care
     *                                              for the child (overnight care condition, para 12(A1), (3))
     */
    public record Child(
            LocalDate dateOfBirth,
            Sex sex,
            Set<DisabilityBenefit> disabilityBenefits,
            boolean cannotShareBedroomBecauseOfDisability,
            boolean needsOvernightCare) {

        public Child {
            disabilityBenefits = disabilityBenefits == null ? Set.of() : Set.copyOf(disabilityBenefits);
        }
    }

    /**
     * A non-dependant living in the home (Sch 4 para 9): counted in the size criteria (para 10) and, unless exempt
     * under para 16, the reason for a housing cost contribution (para 13).
     *
     * @param dateOfBirth                           date of birth (under 21 exempts from the contribution; under 16
     *                                              counts as a child in the size criteria)
     * @param sex                                   sex; needed only for a non-dependant under 16
     * @param partnerIndex                          the index in {@code nonDependants} of this person's partner when two
     *                                              non-dependants are a couple (they share a bedroom), else {@code null}
     * @param disabilityBenefits                    disability and care benefits received
     * @param disabilityBenefitSuspendedInHospital  entitled to DLA care (middle/highest), AA or PIP daily living but not
     *                                              paid it because of a hospital or care-home stay (para 16(2)(f))
     * @param receivesStatePensionCredit            receives State Pension Credit (para 16(2)(b))
     * @param receivesCarersAllowance               receives Carer's Allowance (para 16(2)(g)) or its Scottish
     *                                              replacement, Carer Support Payment
     * @param prisoner                              is a prisoner (para 16(2)(h))
     * @param responsibleForChildUnder5             is responsible for a child under 5 (para 16(2)(i))
     * @param armedForcesAwayOnOperations           a son, daughter, step-son or step-daughter of the renter(s), in the
     *                                              armed forces, away on operations, who lived with the renter(s) just
     *                                              before leaving and intends to return (para 16(2)(j))
     * @param needsOvernightCare                    non-resident carers stay overnight regularly to care for this person
     *                                              (para 12(A1)(b), (3))
     * @param cannotShareBedroomBecauseOfDisability not reasonably able to share a bedroom because of disability
     *                                              (disabled person condition, para 12(6A), for a member of a couple)
     */
    public record NonDependant(
            LocalDate dateOfBirth,
            Sex sex,
            Integer partnerIndex,
            Set<DisabilityBenefit> disabilityBenefits,
            boolean disabilityBenefitSuspendedInHospital,
            boolean receivesStatePensionCredit,
            boolean receivesCarersAllowance,
            boolean prisoner,
            boolean responsibleForChildUnder5,
            boolean armedForcesAwayOnOperations,
            boolean needsOvernightCare,
            boolean cannotShareBedroomBecauseOfDisability) {

        public NonDependant {
            disabilityBenefits = disabilityBenefits == null ? Set.of() : Set.copyOf(disabilityBenefits);
        }
    }

    /**
     * The renter's position as a foster parent or adopter, for the foster parent condition (Sch 4 para 12(4)-(5)).
     *
     * @param status                        which condition, if any, the renter meets
     * @param placedChildNeedsOvernightCare a child placed with the renter as a foster parent needs overnight care from
     *                                      non-resident carers (para 12(A1)(c))
     */
    public record FosterCaring(FosterCarerStatus status, boolean placedChildNeedsOvernightCare) {

        /** Not a foster parent or adopter. */
        public static final FosterCaring NONE = new FosterCaring(FosterCarerStatus.NONE, false);
    }

    /** The foster parent condition of Sch 4 para 12(4)-(5). */
    public enum FosterCarerStatus {
        /** Neither a foster parent nor an adopter with a child placed. */
        NONE,
        /** An approved foster parent (or Scottish kinship/foster carer) with a child placed now (para 12(4)(a)). */
        FOSTER_PARENT_WITH_CHILD_PLACED,
        /**
         * An approved foster parent with no child placed, where no more than 12 months have passed since the last
         * placement ended or, if there has been none, since approval (para 12(5)).
         */
        FOSTER_PARENT_BETWEEN_PLACEMENTS_WITHIN_12_MONTHS,
        /** An adopter with whom a child has been placed for adoption (para 12(4)(b)). */
        ADOPTER_WITH_CHILD_PLACED
    }
}
