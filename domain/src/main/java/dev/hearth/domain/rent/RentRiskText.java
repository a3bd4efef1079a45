package dev.hearth.domain.rent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Figures as the rent-risk explanations and notes state them, so the text always shows the figure the rule used. */
final class RentRiskText {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private RentRiskText() {
    }

    /** A date as prose writes it: "1 May 2026". */
    static String longDate(LocalDate date) {
        return LONG_DATE.format(date);
    }

    /** A rate as a percentage: 0.10 is "10%". */
    static String percent(BigDecimal rate) {
        return rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    /** A number of months' rent: "one month's rent", "2 months' rent". */
    static String monthsRent(int months) {
        return months == 1 ? "one month's rent" : months + " months' rent";
    }
}
