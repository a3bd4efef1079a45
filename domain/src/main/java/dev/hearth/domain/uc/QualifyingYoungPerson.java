package dev.hearth.domain.uc;

import dev.hearth.domain.person.Age;

import java.time.LocalDate;
import java.time.Month;

/**
 * Who counts as a child or a qualifying young person in an assessment period (Welfare Reform Act 2012 s.40 and s.10(5);
 * UC Regs 2013 reg 5).
 *
 * <p>A <em>child</em> is a person under 16 (WRA 2012 s.40). A person who has reached 16 but not 20 is a
 * <em>qualifying young person</em> (reg 5(1)):
 * <ol type="a">
 *   <li>up to, but not including, the 1st September following their 16th birthday, whatever they are doing; and</li>
 *   <li>up to, but not including, the 1st September following their 19th birthday, if they are enrolled on, or
 *       accepted for, approved training or a course of education that is not advanced education, is provided at a
 *       school or college (or elsewhere as approved by the Secretary of State), and takes on average more than 12
 *       hours a week of tuition, practical work, supervised study or exams in term time (reg 5(1)(b)); where they are
 *       19, they must have started, enrolled on or been accepted for it before reaching 19 (reg 5(2)); education or
 *       training provided through a contract of employment does not count (reg 5(3)).</li>
 * </ol>
 * Whether the education or training condition of (b) is met is a fact the household gives
 * ({@link Child#qualifyingYoungPerson()}); the dates are worked out here.
 *
 * <p>The status is judged on the <em>last</em> day of the assessment period: a change of circumstances takes effect
 * from the first day of the assessment period in which it occurs (UC D&amp;A Regs 2013 reg 21 and Sch 1), so a child
 * born during the period counts for all of it, and a young person who stops being a qualifying young person during
 * the period (their 1st September passes) does not count for any of it.
 *
 * <p>Sources: reg 5(1)-(3) as quoted in the State Pension Credit Regs 2002 reg 4A, which copies it for the purposes of
 * reg 5 of the UC Regs [P]; CPAG, "Universal Credit for 19 year olds in full-time, non-advanced education" (Harrison v
 * SSWP), which confirms the 1st September after the 19th birthday [S]. The text of the UC Regs' own reg 5 page was not
 * read, so any further exclusion it makes (for example a young person with an award of their own) is not applied.
 */
public final class QualifyingYoungPerson {

    /** Reached 16: from this age a person is no longer a child (WRA 2012 s.40). */
    static final int CHILD_UNTIL_AGE = dev.hearth.domain.rates.UcRuleFigures.CHILD_UNTIL_AGE.value();
    /** The birthday after which the 1st September ends the education or training condition (reg 5(1)(b)). */
    static final int EDUCATION_CONDITION_UNTIL_BIRTHDAY =
            dev.hearth.domain.rates.UcRuleFigures.EDUCATION_CONDITION_UNTIL_BIRTHDAY.value();

    /** How a person given as a child of the household stands on a day. */
    public enum Status {
        /** Under 16. */
        CHILD,
        /** 16, before the 1st September following the 16th birthday (reg 5(1)(a)). */
        QUALIFYING_YOUNG_PERSON_UNTIL_SEPTEMBER_AFTER_16,
        /** 16 to 19 in non-advanced education or approved training, before the 1st September following the 19th birthday (reg 5(1)(b)). */
        QUALIFYING_YOUNG_PERSON_IN_EDUCATION_OR_TRAINING,
        /** Past the 1st September after the 16th birthday and not in qualifying education or training. */
        NOT_IN_EDUCATION_OR_TRAINING,
        /** Past the 1st September following the 19th birthday: neither a child nor a qualifying young person. */
        TOO_OLD
    }

    private QualifyingYoungPerson() {
    }

    /** How a person born on {@code dateOfBirth} stands on {@code day}, given whether they meet reg 5(1)(b)'s education or training condition. */
    public static Status statusOn(LocalDate dateOfBirth, boolean inQualifyingEducationOrTraining, LocalDate day) {
        if (Age.completeYears(dateOfBirth, day) < CHILD_UNTIL_AGE) {
            return Status.CHILD;
        }
        if (day.isBefore(firstSeptemberFollowingBirthday(dateOfBirth, CHILD_UNTIL_AGE))) {
            return Status.QUALIFYING_YOUNG_PERSON_UNTIL_SEPTEMBER_AFTER_16;
        }
        if (!day.isBefore(firstSeptemberFollowingBirthday(dateOfBirth, EDUCATION_CONDITION_UNTIL_BIRTHDAY))) {
            return Status.TOO_OLD;
        }
        return inQualifyingEducationOrTraining
                ? Status.QUALIFYING_YOUNG_PERSON_IN_EDUCATION_OR_TRAINING
                : Status.NOT_IN_EDUCATION_OR_TRAINING;
    }

    /** How {@code child} stands for the assessment period ending on {@code periodEnd} (judged on that last day). */
    public static Status statusForPeriodEnding(Child child, LocalDate periodEnd) {
        return statusOn(child.dateOfBirth(), child.qualifyingYoungPerson(), periodEnd);
    }

    /**
     * The 1st September following the birthday on which a person born on {@code dateOfBirth} reaches {@code age}: a
     * birthday on 1st September itself is followed by the next year's.
     */
    public static LocalDate firstSeptemberFollowingBirthday(LocalDate dateOfBirth, int age) {
        LocalDate birthday = dateOfBirth.plusYears(age);
        LocalDate september = LocalDate.of(birthday.getYear(), Month.SEPTEMBER, 1);
        return september.isAfter(birthday) ? september : september.plusYears(1);
    }
}
