package dev.hearth.domain.household;

import dev.hearth.domain.housing.HousingCostsInput.NonDependant;
import dev.hearth.domain.money.Pence;
import dev.hearth.domain.place.Nation;
import dev.hearth.domain.uc.Child;
import dev.hearth.domain.uc.Childcare;
import dev.hearth.domain.uc.Claimant;
import dev.hearth.domain.uc.DeductionRequest;
import dev.hearth.domain.uc.OtherIncome;
import dev.hearth.domain.uc.RentedHome;
import dev.hearth.domain.uc.UcEstimateRequest;
import dev.hearth.domain.uc.UniversalCredit;
import dev.hearth.domain.validation.InvalidInputException;
import dev.hearth.domain.validation.Violation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A household's standing facts: who lives there (dates of birth, disability and carer facts, work and earnings), the
 * tenancy and its costs, other income, capital, childcare and the deductions DWP takes. They are the facts of a
 * {@link UcEstimateRequest} without the assessment period, so a stored household can be estimated for any period and
 * the estimate's inputs are exactly these facts plus a date.
 *
 * <p>The component names, units and meanings are those of {@link UcEstimateRequest}: earnings, other income, childcare
 * costs and deductions are amounts for a monthly assessment period; capital is a balance; rent and service charges
 * carry their own frequency. Every amount is integer pence.
 *
 * @param nation                        where the household lives (bank holidays, rent rules)
 * @param livesInGreaterLondon          the home is in Greater London (benefit cap amounts, UC Regs reg 80A)
 * @param claimants                     one single claimant, or two joint claimants who are a couple
 * @param claimantsCareForTheSamePerson joint claimants who are both carers care for the same person
 * @param children                      children and qualifying young people the claimants are responsible for
 * @param housing                       the rented home and its costs, or {@code null} when none are claimed
 * @param nonDependants                 other adults (or their children) who live in the home
 * @param capitalPence                       the benefit unit's capital (savings, investments) that is not disregarded
 * @param otherIncome                   benefits and other unearned income for an assessment period, each with its type
 * @param childcare                     relevant childcare costs paid in an assessment period, or {@code null}
 * @param deductions                    deductions DWP takes from the payment each assessment period
 * @param benefitCapGracePeriod         the household is within a benefit-cap grace period (UC Regs reg 82(1)(b))
 * @param mixedAgeCoupleExistingAward   a mixed-age couple who keep an award made before 15 May 2019
 */
public record HouseholdCircumstances(
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

    /**
     * Violation codes that depend only on the period a household is estimated for (rates and bank-holiday calendars
     * held), not on the facts themselves; checking facts ignores them.
     */
    private static final Set<String> PERIOD_ONLY_CODES = Set.of("rates_not_available", "calendar_not_available");
    private static final String PERIOD_FIELD = "assessmentPeriodStart";

    public HouseholdCircumstances {
        claimants = claimants == null ? null : List.copyOf(claimants);
        children = children == null ? List.of() : List.copyOf(children);
        nonDependants = nonDependants == null ? List.of() : List.copyOf(nonDependants);
        capitalPence = capitalPence == null ? Pence.ZERO : capitalPence;
        otherIncome = otherIncome == null ? List.of() : List.copyOf(otherIncome);
        deductions = deductions == null ? List.of() : List.copyOf(deductions);
    }

    /** These facts as the Universal Credit engine's input for the assessment period starting {@code periodStart}. */
    public UcEstimateRequest forAssessmentPeriodStarting(LocalDate periodStart) {
        Objects.requireNonNull(periodStart, "periodStart");
        return new UcEstimateRequest(periodStart, nation, livesInGreaterLondon, claimants,
                claimantsCareForTheSamePerson, children, housing, nonDependants, capitalPence, otherIncome, childcare,
                deductions, benefitCapGracePeriod, mixedAgeCoupleExistingAward);
    }

    /**
     * The facts of a stateless estimate request, without its period (the inverse of
     * {@link #forAssessmentPeriodStarting(LocalDate)}).
     */
    public static HouseholdCircumstances of(UcEstimateRequest request) {
        return new HouseholdCircumstances(request.nation(), request.livesInGreaterLondon(), request.claimants(),
                request.claimantsCareForTheSamePerson(), request.children(), request.housing(),
                request.nonDependants(), request.capitalPence(), request.otherIncome(), request.childcare(),
                request.deductions(), request.benefitCapGracePeriod(), request.mixedAgeCoupleExistingAward());
    }

    /**
     * Checks these facts as they stand on {@code asOf} with the Universal Credit engine's own rules (negative money,
     * dates of birth in the future, a child too old to count, rent without a frequency, missing required facts ...),
     * for the assessment period starting that day. Problems that belong to a period rather than to the facts (no rates
     * or bank-holiday calendar held for it) are not reported: a household is stored whatever year it is, and an
     * estimate for a period with no rates is refused when it is asked for.
     *
     * @return every violation, with field paths as written in these facts (e.g. {@code children[1].dateOfBirth});
     *         empty when the facts are acceptable
     */
    public List<Violation> check(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        try {
            UniversalCredit.estimate(forAssessmentPeriodStarting(asOf));
            return List.of();
        } catch (InvalidInputException e) {
            List<Violation> facts = new ArrayList<>();
            for (Violation v : e.violations()) {
                if (!PERIOD_ONLY_CODES.contains(v.code()) && !PERIOD_FIELD.equals(v.field())) {
                    facts.add(v);
                }
            }
            return List.copyOf(facts);
        }
    }
}
