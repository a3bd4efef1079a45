package dev.hearth.domain.uc;

import dev.hearth.domain.uc.QualifyingYoungPerson.Status;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * UC Regs 2013 reg 5 (qualifying young person) and WRA 2012 s.40 (child: under 16), judged on a given day. Each row is
 * hand-checked against reg 5(1)-(2) as quoted in the State Pension Credit Regs 2002 reg 4A (which copies reg 5) and
 * CPAG's note on Harrison v SSWP (a QYP in non-advanced education only until the 1st September after their 19th birthday).
 */
class QualifyingYoungPersonTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            15 on the day: a child whatever they do (s.40)                           | 2011-01-01 | false | 2026-06-13 | CHILD
            16 before the 1st September after the birthday: counts without education  | 2010-03-10 | false | 2026-06-13 | QUALIFYING_YOUNG_PERSON_UNTIL_SEPTEMBER_AFTER_16
            16 on the last day before that 1st September (31 August)                 | 2010-03-10 | false | 2026-08-31 | QUALIFYING_YOUNG_PERSON_UNTIL_SEPTEMBER_AFTER_16
            16 on that 1st September itself, not in education: no longer counts       | 2010-03-10 | false | 2026-09-01 | NOT_IN_EDUCATION_OR_TRAINING
            16 on that 1st September, in education: counts under reg 5(1)(b)          | 2010-03-10 | true  | 2026-09-01 | QUALIFYING_YOUNG_PERSON_IN_EDUCATION_OR_TRAINING
            a 16th birthday on 1 September is followed by the next year's 1 September | 2010-09-01 | false | 2027-08-31 | QUALIFYING_YOUNG_PERSON_UNTIL_SEPTEMBER_AFTER_16
            turning 16 on 1 September: on that day still automatic                    | 2010-09-01 | false | 2026-09-01 | QUALIFYING_YOUNG_PERSON_UNTIL_SEPTEMBER_AFTER_16
            17 in non-advanced education                                              | 2009-01-01 | true  | 2026-06-13 | QUALIFYING_YOUNG_PERSON_IN_EDUCATION_OR_TRAINING
            17 not in education                                                       | 2009-01-01 | false | 2026-06-13 | NOT_IN_EDUCATION_OR_TRAINING
            19 in education, before the 1st September after the 19th birthday         | 2007-06-10 | true  | 2026-08-31 | QUALIFYING_YOUNG_PERSON_IN_EDUCATION_OR_TRAINING
            19 in education, on the 1st September after the 19th birthday             | 2007-06-10 | true  | 2026-09-01 | TOO_OLD
            19 on 31 August: the very next day ends it                                | 2007-08-31 | true  | 2026-08-31 | QUALIFYING_YOUNG_PERSON_IN_EDUCATION_OR_TRAINING
            19 on 1 September: counts until the next year's 1 September               | 2007-09-01 | true  | 2027-08-31 | QUALIFYING_YOUNG_PERSON_IN_EDUCATION_OR_TRAINING
            20: never a qualifying young person                                       | 2006-01-01 | true  | 2026-06-13 | TOO_OLD
            """)
    void a_person_counts_as_the_law_describes_on_the_day(String rule, LocalDate dateOfBirth, boolean inEducation,
                                                        LocalDate day, Status expected) {
        assertThat(QualifyingYoungPerson.statusOn(dateOfBirth, inEducation, day)).as(rule).isEqualTo(expected);
    }

    @ParameterizedTest(name = "born {0}: reaching {1} is followed by 1 September {2}")
    @CsvSource({"2010-03-10, 16, 2026-09-01", "2010-09-01, 16, 2027-09-01", "2010-08-31, 16, 2026-09-01",
            "2007-06-10, 19, 2026-09-01", "2008-02-29, 16, 2024-09-01"})
    void the_first_september_following_a_birthday_is_strictly_after_it(LocalDate dateOfBirth, int age, LocalDate expected) {
        assertThat(QualifyingYoungPerson.firstSeptemberFollowingBirthday(dateOfBirth, age)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the 1st September falling inside the period ends it for the whole period   | 2007-06-10 | 2026-08-14 | TOO_OLD
            the period ending on 31 August still counts                                 | 2007-06-10 | 2026-08-01 | QUALIFYING_YOUNG_PERSON_IN_EDUCATION_OR_TRAINING
            """)
    void status_for_a_period_is_judged_on_its_last_day(String rule, LocalDate dateOfBirth, LocalDate periodStart,
                                                       Status expected) {
        LocalDate periodEnd = periodStart.plusMonths(1).minusDays(1);
        Child child = Child.of(dateOfBirth, dev.hearth.domain.housing.Sex.MALE).withQualifyingYoungPerson(true);

        assertThat(QualifyingYoungPerson.statusForPeriodEnding(child, periodEnd)).as(rule).isEqualTo(expected);
    }
}
