package dev.hearth.domain.person;

import java.time.LocalDate;

/** A person's age as the rules use it: complete years from the date of birth to a given day. */
public final class Age {

    private Age() {
    }

    /**
     * Complete years from {@code dateOfBirth} to {@code onDay}, exactly as {@code Period.between(dateOfBirth,
     * onDay).getYears()} counts them (a 29 February birthday completes its year on 1 March in other years).
     */
    public static int completeYears(LocalDate dateOfBirth, LocalDate onDay) {
        // The whole months between the two dates divided by 12, counted as LocalDate.until(.., YEARS) counts them
        // (month and day packed, truncated toward zero), without the temporal-unit dispatch: it runs for every person
        // in every estimate.
        long from = ((long) dateOfBirth.getYear() * 12 + dateOfBirth.getMonthValue() - 1) * 32 + dateOfBirth.getDayOfMonth();
        long to = ((long) onDay.getYear() * 12 + onDay.getMonthValue() - 1) * 32 + onDay.getDayOfMonth();
        return (int) ((to - from) / 32 / 12);
    }

    /**
     * Whether {@code dateOfBirth.plusYears(years)} falls after {@code day}, worked out without making the date: the
     * anniversary keeps the month and day of birth, except that 29 February becomes 28 February in a common year, as
     * {@link LocalDate#plusYears} does (tested against it). The age rules ask this once per claimant per threshold.
     */
    public static boolean anniversaryAfter(LocalDate dateOfBirth, int years, LocalDate day) {
        int year = dateOfBirth.getYear() + years;
        int month = dateOfBirth.getMonthValue();
        int dayOfMonth = dateOfBirth.getDayOfMonth();
        if (month == 2 && dayOfMonth == 29 && !java.time.Year.isLeap(year)) {
            dayOfMonth = 28;
        }
        if (year != day.getYear()) {
            return year > day.getYear();
        }
        if (month != day.getMonthValue()) {
            return month > day.getMonthValue();
        }
        return dayOfMonth > day.getDayOfMonth();
    }
}
