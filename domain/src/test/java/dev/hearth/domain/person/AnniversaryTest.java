package dev.hearth.domain.person;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code Age.anniversaryAfter} (whether an 18th or 25th birthday falls after a day, used for the standard
 * allowance) is a faster way to the answer {@code dateOfBirth.plusYears(years).isAfter(day)} gives, never a different
 * one, including for 29 February birthdays.
 */
class AnniversaryTest {

    @ParameterizedTest(name = "born {0}, {1} years, after {2}: {3}")
    @CsvSource(delimiter = ';', textBlock = """
            2001-05-14; 25; 2026-05-13; true;  hand calculation: the 25th birthday is the next day
            2001-05-14; 25; 2026-05-14; false; hand calculation: the 25th birthday is that day
            2001-02-28; 25; 2026-02-27; true;  hand calculation
            2004-02-29; 18; 2022-02-28; false; plusYears gives 28 February in a common year (2022-02-28), not after it
            2004-02-29; 18; 2022-02-27; true;  the anniversary 2022-02-28 is after 27 February
            2004-02-29; 20; 2024-02-28; true;  in a leap year the anniversary stays 29 February
            """)
    void answers_as_plus_years_does(String born, int years, String day, boolean expected, String source) {
        assertThat(Age.anniversaryAfter(LocalDate.parse(born), years, LocalDate.parse(day)))
                .as(source).isEqualTo(expected)
                .isEqualTo(LocalDate.parse(born).plusYears(years).isAfter(LocalDate.parse(day)));
    }

    @Test
    void agrees_with_plus_years_for_any_dates() {
        SplittableRandom random = new SplittableRandom(20261122);
        LocalDate earliest = LocalDate.of(1900, 1, 1);
        for (int i = 0; i < 500_000; i++) {
            LocalDate born = i % 10 == 0
                    ? LocalDate.of(1904 + 4 * random.nextInt(30), 2, 29) // leap-day birthdays, often
                    : earliest.plusDays(random.nextInt(46_000));
            int years = i % 3 == 0 ? random.nextInt(0, 130) : (i % 3 == 1 ? 18 : 25);
            LocalDate anniversary = born.plusYears(years);
            // days around the anniversary, where the answer changes, and days anywhere
            LocalDate day = i % 2 == 0 ? anniversary.plusDays(random.nextInt(-3, 4)) : earliest.plusDays(random.nextInt(60_000));
            assertThat(Age.anniversaryAfter(born, years, day))
                    .as("%s + %d years after %s", born, years, day).isEqualTo(anniversary.isAfter(day));
        }
    }
}
