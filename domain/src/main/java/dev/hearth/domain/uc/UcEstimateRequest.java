package dev.hearth.domain.uc;

import dev.hearth.domain.housing.HousingCostsInput.NonDependant;
import dev.hearth.domain.money.Pence;
import dev.hearth.domain.place.Nation;

import java.time.LocalDate;
import java.util.List;

/**
 * A household's facts for one monthly Universal Credit assessment period: everything
 * {@link UniversalCredit#estimate(UcEstimateRequest)} needs. Component names are the JSON names an HTTP layer uses, and
 * the field paths in validation errors ({@code children[1].dateOfBirth}, {@code housing.rent.frequency}).
 *
 * <p>Units: every {@link Pence} is an integer number of pence. Earnings, other income, childcare costs and deductions
 * are amounts for the assessment period; capital is a balance on the first day of the period; rent and service charges
 * carry their own frequency.
 *
 * @param assessmentPeriodStart        first day of the assessment period (taken as the claim's cycle day, UC Regs reg 21)
 * @param nation                       where the household lives (bank holidays; Northern Ireland is not supported)
 * @param livesInGreaterLondon         the home is in Greater London (benefit cap amounts, reg 80A)
 * @param claimants                    one single claimant, or two joint claimants who are a couple
 * @param claimantsCareForTheSamePerson joint claimants who are both carers care for the same person (one carer element)
 * @param children                     children and qualifying young people the claimants are responsible for
 * @param housing                      the rented home, or {@code null} when no housing costs are claimed
 * @param nonDependants                other adults (or their children) who live in the home (Sch 4 para 9)
 * @param capitalPence                      the benefit unit's capital (savings, investments) that is not disregarded
 * @param otherIncome                  benefits and other unearned income, each with its type
 * @param childcare                    relevant childcare costs paid in the period, or {@code null}
 * @param deductions                   deductions DWP will take from the payment
 * @param benefitCapGracePeriod        the period falls within (or starts or ends) a benefit-cap grace period (reg 82(1)(b))
 * @param mixedAgeCoupleExistingAward  a couple where only one has reached State Pension age and who keep an award made
 *                                     before 15 May 2019 (otherwise they claim Pension Credit instead)
 */
public record UcEstimateRequest(
        LocalDate assessmentPeriodStart,
        Nation nation,
        boolean livesInGreaterLondon,
        List<Claimant> claimants,
        boolean claimantsCareForTheSamePerson,
        List<Child> children,
        RentedHome housing,
        List<NonDependant> nonDependants,
        Pence capitalPence,
        List<OtherIncome> otherIncome,
        Childcare childcare,
        List<DeductionRequest> deductions,
        boolean benefitCapGracePeriod,
        boolean mixedAgeCoupleExistingAward) {

    public UcEstimateRequest {
        claimants = claimants == null ? null : List.copyOf(claimants);
        children = children == null ? List.of() : List.copyOf(children);
        nonDependants = nonDependants == null ? List.of() : List.copyOf(nonDependants);
        capitalPence = capitalPence == null ? Pence.ZERO : capitalPence;
        otherIncome = otherIncome == null ? List.of() : List.copyOf(otherIncome);
        deductions = deductions == null ? List.of() : List.copyOf(deductions);
    }

    /** True when two joint claimants (a couple) claim. */
    public boolean isCouple() {
        return claimants != null && claimants.size() == 2;
    }

    /** A builder-style starting point for tests and embedding services: a single claimant, nothing else. */
    public static UcEstimateRequest single(LocalDate periodStart, Nation nation, Claimant claimant) {
        return new UcEstimateRequest(periodStart, nation, false, List.of(claimant), false, List.of(), null, List.of(),
                Pence.ZERO, List.of(), null, List.of(), false, false);
    }

    /** A couple, nothing else. */
    public static UcEstimateRequest couple(LocalDate periodStart, Nation nation, Claimant first, Claimant second) {
        return new UcEstimateRequest(periodStart, nation, false, List.of(first, second), false, List.of(), null, List.of(),
                Pence.ZERO, List.of(), null, List.of(), false, false);
    }

    public UcEstimateRequest withClaimants(List<Claimant> value) {
        return new UcEstimateRequest(assessmentPeriodStart, nation, livesInGreaterLondon, value,
                claimantsCareForTheSamePerson, children, housing, nonDependants, capitalPence, otherIncome, childcare, deductions,
                benefitCapGracePeriod, mixedAgeCoupleExistingAward);
    }

    public UcEstimateRequest withAssessmentPeriodStart(LocalDate value) {
        return new UcEstimateRequest(value, nation, livesInGreaterLondon, claimants, claimantsCareForTheSamePerson,
                children, housing, nonDependants, capitalPence, otherIncome, childcare, deductions, benefitCapGracePeriod,
                mixedAgeCoupleExistingAward);
    }

    public UcEstimateRequest withNation(Nation value) {
        return new UcEstimateRequest(assessmentPeriodStart, value, livesInGreaterLondon, claimants,
                claimantsCareForTheSamePerson, children, housing, nonDependants, capitalPence, otherIncome, childcare, deductions,
                benefitCapGracePeriod, mixedAgeCoupleExistingAward);
    }

    public UcEstimateRequest withLivesInGreaterLondon(boolean value) {
        return new UcEstimateRequest(assessmentPeriodStart, nation, value, claimants, claimantsCareForTheSamePerson,
                children, housing, nonDependants, capitalPence, otherIncome, childcare, deductions, benefitCapGracePeriod,
                mixedAgeCoupleExistingAward);
    }

    public UcEstimateRequest withClaimantsCareForTheSamePerson(boolean value) {
        return new UcEstimateRequest(assessmentPeriodStart, nation, livesInGreaterLondon, claimants, value,
                children, housing, nonDependants, capitalPence, otherIncome, childcare, deductions, benefitCapGracePeriod,
                mixedAgeCoupleExistingAward);
    }

    public UcEstimateRequest withChildren(List<Child> value) {
        return new UcEstimateRequest(assessmentPeriodStart, nation, livesInGreaterLondon, claimants,
                claimantsCareForTheSamePerson, value, housing, nonDependants, capitalPence, otherIncome, childcare, deductions,
                benefitCapGracePeriod, mixedAgeCoupleExistingAward);
    }

    public UcEstimateRequest withHousing(RentedHome value) {
        return new UcEstimateRequest(assessmentPeriodStart, nation, livesInGreaterLondon, claimants,
                claimantsCareForTheSamePerson, children, value, nonDependants, capitalPence, otherIncome, childcare, deductions,
                benefitCapGracePeriod, mixedAgeCoupleExistingAward);
    }

    public UcEstimateRequest withNonDependants(List<NonDependant> value) {
        return new UcEstimateRequest(assessmentPeriodStart, nation, livesInGreaterLondon, claimants,
                claimantsCareForTheSamePerson, children, housing, value, capitalPence, otherIncome, childcare, deductions,
                benefitCapGracePeriod, mixedAgeCoupleExistingAward);
    }

    public UcEstimateRequest withCapital(Pence value) {
        return new UcEstimateRequest(assessmentPeriodStart, nation, livesInGreaterLondon, claimants,
                claimantsCareForTheSamePerson, children, housing, nonDependants, value, otherIncome, childcare, deductions,
                benefitCapGracePeriod, mixedAgeCoupleExistingAward);
    }

    public UcEstimateRequest withOtherIncome(List<OtherIncome> value) {
        return new UcEstimateRequest(assessmentPeriodStart, nation, livesInGreaterLondon, claimants,
                claimantsCareForTheSamePerson, children, housing, nonDependants, capitalPence, value, childcare, deductions,
                benefitCapGracePeriod, mixedAgeCoupleExistingAward);
    }

    public UcEstimateRequest withChildcare(Childcare value) {
        return new UcEstimateRequest(assessmentPeriodStart, nation, livesInGreaterLondon, claimants,
                claimantsCareForTheSamePerson, children, housing, nonDependants, capitalPence, otherIncome, value, deductions,
                benefitCapGracePeriod, mixedAgeCoupleExistingAward);
    }

    public UcEstimateRequest withDeductions(List<DeductionRequest> value) {
        return new UcEstimateRequest(assessmentPeriodStart, nation, livesInGreaterLondon, claimants,
                claimantsCareForTheSamePerson, children, housing, nonDependants, capitalPence, otherIncome, childcare, value,
                benefitCapGracePeriod, mixedAgeCoupleExistingAward);
    }

    public UcEstimateRequest withBenefitCapGracePeriod(boolean value) {
        return new UcEstimateRequest(assessmentPeriodStart, nation, livesInGreaterLondon, claimants,
                claimantsCareForTheSamePerson, children, housing, nonDependants, capitalPence, otherIncome, childcare, deductions,
                value, mixedAgeCoupleExistingAward);
    }

    public UcEstimateRequest withMixedAgeCoupleExistingAward(boolean value) {
        return new UcEstimateRequest(assessmentPeriodStart, nation, livesInGreaterLondon, claimants,
                claimantsCareForTheSamePerson, children, housing, nonDependants, capitalPence, otherIncome, childcare, deductions,
                benefitCapGracePeriod, value);
    }
}
