package dev.hearth.domain.explain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Figures as explanation text states them, so that a step's words always show the figure the rule used rather than a
 * copy typed into the sentence. Every engine writes rates and dates through here.
 */
public final class Prose {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private Prose() {
    }

    /** A rate as a percentage: {@code 0.55} is "55%", {@code 0.10} is "10%", {@code 0.125} is "12.5%". */
    public static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    /** A date as prose writes it: "6 April 2017". */
    public static String longDate(LocalDate date) {
        return LONG_DATE.format(date);
    }
}
