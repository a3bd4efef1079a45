package dev.hearth.domain.housing;

import dev.hearth.domain.money.Pence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
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
 *                               sewerage or fuel (social sector only, Sch 4 para 31), or {@code null} if none
 * @param bedrooms               the number of bedrooms in the home (0 for a bedsit); decides the social-sector
 *                               under-occupancy deduction (the private-sector LHA category follows the entitlement)
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
        // unmodifiable lists that keep null elements, so validation can name them instead of failing here
        claimants = claimants == null ? null : unmodifiable(claimants);
        children = children == null ? List.of() : unmodifiable(children);
        nonDependants = nonDependants == null ? List.of() : unmodifiable(nonDependants);
    }

    /** The classes of the JDK's own unmodifiable lists made by {@code List.of} and {@code List.copyOf}. */
    private static final Class<?> JDK_LIST_OF_ONE_OR_TWO = List.of(0).getClass();
    private static final Class<?> JDK_LIST_OF_MORE = List.of(0, 1, 2).getClass();

    /**
     * The list as an unmodifiable list with the same elements in the same order. A list made by {@code List.of} or
     * {@code List.copyOf} (as the Universal Credit engine passes, and as {@code UcEstimateRequest} holds) can never
     * change, so it is kept as it is; any other list is copied, so that a caller changing its own list afterwards does
     * not change this input.
     */
    private static <T> List<T> unmodifiable(List<T> list) {
        Class<?> type = list.getClass();
        if (type == JDK_LIST_OF_ONE_OR_TWO || type == JDK_LIST_OF_MORE) {
            return list;
        }
        return Collections.unmodifiableList(new ArrayList<>(list));
    }

    /** True when two joint renters (a couple) claim. */
    public boolean isCouple() {
        return claimants != null && claimants.size() == 2;
    }

    /**
     * An amount the renter pays and how often it falls due; converted to a monthly amount under Sch 4 para 7 by
     * {@link RentFrequency#toMonthly(Pence)}.
     *
     * @param amountPence    the amount due each time, in pence
     * @param frequency how often it falls due: WEEKLY, TWO_WEEKLY, FOUR_WEEKLY, MONTHLY, THREE_MONTHLY or YEARLY
     */
    public record HousingPayment(Pence amountPence, RentFrequency frequency) {
    }

    /**
     * A renter (claimant). The facts drive the SAR exceptions (Sch 4 para 29), the claimant-side exemption from housing
     * cost contributions (para 15) and the extra bedroom for overnight care or for a member of a couple who cannot share
     * (para 12). There is no pension-age fact: Schedule 4 has no pension-age exemption from the under-occupancy
     * deduction (see docs/rules/housing-costs.md).
     *
     * @param dateOfBirth                         date of birth
     * @param severelySightImpaired               "blind": certified as severely sight impaired or blind by a
     *                                            consultant ophthalmologist (UC Regs reg 2; Sch 4 para 15)
     * @param disabilityBenefits                  disability and care benefits received
     * @param disabilityBenefitSuspendedInHospital entitled to DLA care (middle/highest), AA or PIP daily living but not
     *                                            paid it only because of a hospital or care-home stay (para 15)
     * @param needsOvernightCare                  one or more people who do not live in the home are engaged to provide
     *                                            overnight care and stay overnight regularly (para 12(3)(b)-(c))
     * @param cannotShareBedroomBecauseOfDisability a joint renter who is not reasonably able to share a bedroom with the
     *                                            other joint renter because of disability (disabled person condition,
     *                                            para 12(6A)); needs a qualifying benefit too
     * @param sharedAccommodationExceptions        facts behind the para 29 exceptions from the shared accommodation rate
     */
    public record Claimant(
            LocalDate dateOfBirth,
            boolean severelySightImpaired,
            Set<DisabilityBenefit> disabilityBenefits,
            boolean disabilityBenefitSuspendedInHospital,
            boolean needsOvernightCare,
            boolean cannotShareBedroomBecauseOfDisability,
            SharedAccommodationExceptions sharedAccommodationExceptions) {

        public Claimant {
            disabilityBenefits = DisabilityBenefit.copyOf(disabilityBenefits);
            sharedAccommodationExceptions = sharedAccommodationExceptions == null
                    ? SharedAccommodationExceptions.NONE : sharedAccommodationExceptions;
        }
    }

    /**
     * Facts that make a single renter under the SAR age an "excepted person" (UC Regs 2013 Sch 4 para 29) and so
     * entitled to a self-contained LHA rate. The disability-benefit exception (para 29(5)) is read from the claimant's
     * {@code disabilityBenefits}; these are the others.
     *
     * @param careLeaver                     was a care leaver (UC Regs reg 8) before reaching 18; counts while aged
     *                                       at least 18 and under 25 (para 29(2))
     * @param homelessHostelResident         has lived in one or more hostels for homeless people for at least 3
     *                                       months in total and, while there, was offered and accepted services meant
     *                                       to help rehabilitation or resettlement; counts while aged 16 to 34
     *                                       (para 29(4))
     * @param mappaOffender                  subject to active multi-agency management under the arrangements for
     *                                       assessing risks posed by certain offenders: Criminal Justice Act 2003
     *                                       s.325(2) in England and Wales (para 29(6)), the Scottish equivalent
     *                                       (para 29(7))
     * @param domesticAbuseVictim            after reaching 16 had domestic violence inflicted or threatened by a
     *                                       partner, former partner or relative, with evidence from a person acting in
     *                                       an official capacity (para 29(9B), from SI 2022/942)
     * @param modernSlaveryVictim            the subject of a positive conclusive grounds determination relating to
     *                                       modern slavery (para 29(9C), from SI 2022/942)
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
     *                                              for the child (overnight care condition, para 12(A1), (3)); needs a
     *                                              qualifying benefit too
     */
    public record Child(
            LocalDate dateOfBirth,
            Sex sex,
            Set<DisabilityBenefit> disabilityBenefits,
            boolean cannotShareBedroomBecauseOfDisability,
            boolean needsOvernightCare) {

        public Child {
            disabilityBenefits = DisabilityBenefit.copyOf(disabilityBenefits);
        }
    }

    /**
     * A non-dependant living in the home (Sch 4 para 9): counted in the size criteria (para 10) and, unless exempt
     * under para 16, the reason for a housing cost contribution (para 13).
     *
     * @param dateOfBirth                           date of birth (under 21 exempts from the contribution; under 16
     *                                              counts as a child in the size criteria)
     * @param sex                                   sex, or null; needed only for a non-dependant under 16 (a
     *                                              non-dependant of 16 or over has a bedroom of their own, even one
     *                                              who is a member of a couple: the UC size criteria have no couple
     *                                              category for non-dependants)
     * @param disabilityBenefits                    disability and care benefits received
     * @param disabilityBenefitSuspendedInHospital  entitled to DLA care (middle/highest), AA or PIP daily living but not
     *                                              paid it because of a hospital or care-home stay (para 16(2)(f))
     * @param receivesStatePensionCredit            receives State Pension Credit (para 16(2)(b))
     * @param receivesCarersAllowance               receives Carer's Allowance (para 16(2)(g)); Carer Support Payment,
     *                                              its Scottish replacement, is accepted as the same fact (see the
     *                                              rules catalogue)
     * @param prisoner                              is a prisoner (para 16(2)(h))
     * @param responsibleForChildUnder5             is responsible for a child under 5 (para 16(2)(i))
     * @param armedForcesAwayOnOperations           a son, daughter, step-son or step-daughter of the renter(s), in the
     *                                              armed forces, away on operations, who lived with the renter(s) just
     *                                              before leaving and intends to return (para 16(2)(j))
     * @param needsOvernightCare                    non-resident carers stay overnight regularly to care for this person
     *                                              (para 12(A1)(b), (3))
     */
    public record NonDependant(
            LocalDate dateOfBirth,
            Sex sex,
            Set<DisabilityBenefit> disabilityBenefits,
            boolean disabilityBenefitSuspendedInHospital,
            boolean receivesStatePensionCredit,
            boolean receivesCarersAllowance,
            boolean prisoner,
            boolean responsibleForChildUnder5,
            boolean armedForcesAwayOnOperations,
            boolean needsOvernightCare) {

        public NonDependant {
            disabilityBenefits = DisabilityBenefit.copyOf(disabilityBenefits);
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
