package dev.hearth.domain.person;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.Period;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** An age is the number of complete years from the date of birth, exactly as {@link Period#between} counts them. */
class AgeTest {

    @ParameterizedTest(name = "born {0}, on {1}: {2} ({3})")
    @CsvSource(delimiter = ';', textBlock = """
            2001-09-30; 2026-05-14; 24; hand count: the 25th birthday is on 2026-09-30
            2001-05-14; 2026-05-14; 25; the birthday itself completes the year
            2001-05-15; 2026-05-14; 24; the day before the birthday
            2000-02-29; 2025-02-28; 24; a 29 February birthday is not complete on 28 February
            2000-02-29; 2025-03-01; 25; ...and is complete on 1 March
            """)
    void counts_complete_years(String born, String on, int age, String source) {
        assertThat(Age.completeYears(LocalDate.parse(born), LocalDate.parse(on))).as(source).isEqualTo(age);
    }

    @Test
    void agrees_with_period_between_for_any_two_dates() {
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 200_000; i++) {
            LocalDate born = LocalDate.ofEpochDay(random.nextLong(-40_000, 60_000));
            LocalDate on = i % 4 == 0 ? born.plusYears(random.nextInt(0, 110)).plusDays(random.nextInt(-2, 3))
                    : LocalDate.ofEpochDay(random.nextLong(-40_000, 60_000));
            assertThat(Age.completeYears(born, on)).as("%s %s", born, on).isEqualTo(Period.between(born, on).getYears());
        }
    }
}
