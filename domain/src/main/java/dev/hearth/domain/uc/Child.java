package dev.hearth.domain.uc;

import dev.hearth.domain.housing.DisabilityBenefit;
import dev.hearth.domain.housing.Sex;

import java.time.LocalDate;
import java.util.Set;

/**
 * A child or qualifying young person the claimant(s) are responsible for. A child is under 16 on the first day of the
 * assessment period; a person aged 16 to 19 counts only as a qualifying young person in non-advanced education or
 * approved training (UC Regs 2013 reg 5), marked by {@code qualifyingYoungPerson}. Anyone older does not count.
 *
 * @param dateOfBirth            date of birth (a child born during the assessment period counts for the whole period,
 *                               UC D&amp;A Regs 2013 Sch 1 para 20)
 * @param sex                    sex, or null; needed only when there are housing costs (bedroom sharing)
 * @param disabledChildRate      the disabled child addition the child qualifies for; {@code null} means none
 * @param disabilityBenefits     disability benefits the child receives (housing bedroom rules; benefit cap exception)
 * @param twoChildLimitException an exception to the two-child limit; {@code null} means none
 * @param qualifyingYoungPerson  aged 16 to 19 and in non-advanced education or approved training
 * @param cannotShareBedroomBecauseOfDisability cannot share a bedroom because of disability (Sch 4 para 12(6))
 * @param needsOvernightCare     non-resident carers stay overnight regularly to care for the child (Sch 4 para 12)
 */
public record Child(
        LocalDate dateOfBirth,
        Sex sex,
        DisabledChildRate disabledChildRate,
        Set<DisabilityBenefit> disabilityBenefits,
        TwoChildLimitException twoChildLimitException,
        boolean qualifyingYoungPerson,
        boolean cannotShareBedroomBecauseOfDisability,
        boolean needsOvernightCare) {

    public Child {
        disabledChildRate = disabledChildRate == null ? DisabledChildRate.NONE : disabledChildRate;
        disabilityBenefits = DisabilityBenefit.copyOf(disabilityBenefits);
        twoChildLimitException = twoChildLimitException == null ? TwoChildLimitException.NONE : twoChildLimitException;
    }

    /** A child with a date of birth and sex; every other fact at its default. */
    public static Child of(LocalDate dateOfBirth, Sex sex) {
        return new Child(dateOfBirth, sex, DisabledChildRate.NONE, Set.of(), TwoChildLimitException.NONE, false, false, false);
    }

    public Child withDisabledChildRate(DisabledChildRate rate) {
        return new Child(dateOfBirth, sex, rate, disabilityBenefits, twoChildLimitException, qualifyingYoungPerson,
                cannotShareBedroomBecauseOfDisability, needsOvernightCare);
    }

    public Child withTwoChildLimitException(TwoChildLimitException exception) {
        return new Child(dateOfBirth, sex, disabledChildRate, disabilityBenefits, exception, qualifyingYoungPerson,
                cannotShareBedroomBecauseOfDisability, needsOvernightCare);
    }

    public Child withQualifyingYoungPerson(boolean value) {
        return new Child(dateOfBirth, sex, disabledChildRate, disabilityBenefits, twoChildLimitException, value,
                cannotShareBedroomBecauseOfDisability, needsOvernightCare);
    }

    public Child withDisabilityBenefits(Set<DisabilityBenefit> value) {
        return new Child(dateOfBirth, sex, disabledChildRate, value, twoChildLimitException, qualifyingYoungPerson,
                cannotShareBedroomBecauseOfDisability, needsOvernightCare);
    }
}
