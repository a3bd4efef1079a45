package dev.hearth.domain.uc;

import dev.hearth.domain.housing.DisabilityBenefit;
import dev.hearth.domain.housing.Sex;

import java.time.LocalDate;
import java.util.Set;

/**
 * A child or qualifying young person the claimant(s) are responsible for, judged on the last day of the assessment
 * period ({@link QualifyingYoungPerson}). A child is under 16. A young person of 16 counts until the 1st September
 * following their 16th birthday whatever they do; after that, and until the 1st September following their 19th
 * birthday, only while in the education or training that UC Regs 2013 reg 5(1)(b) describes, marked by
 * {@code qualifyingYoungPerson}. Anyone older does not count.
 *
 * @param dateOfBirth            date of birth (a child born during the assessment period counts for the whole period,
 *                               UC D&amp;A Regs 2013 Sch 1 para 20)
 * @param sex                    sex, or null; needed only when there are housing costs (bedroom sharing)
 * @param disabledChildRate      the disabled child addition the child qualifies for; {@code null} means none
 * @param disabilityBenefits     disability benefits the child receives (housing bedroom rules; benefit cap exception)
 * @param twoChildLimitException an exception to the two-child limit; {@code null} means none
 * @param qualifyingYoungPerson  enrolled on, or accepted for, approved training or a course of education that is not
 *                               advanced education, provided at a school or college (or elsewhere as approved by the
 *                               Secretary of State), with more than 12 hours a week on average in term time of
 *                               tuition, practical work, supervised study or exams; not provided through a contract of
 *                               employment; and, for a 19-year-old, started, enrolled on or accepted for before 19 (UC
 *                               Regs reg 5(1)(b), (2), (3)). Needed only from the 1st September following the 16th
 *                               birthday; no one counts after the 1st September following their 19th birthday
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
