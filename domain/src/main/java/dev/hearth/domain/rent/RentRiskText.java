package dev.hearth.domain.rent;

/**
 * Figures as the rent-risk explanations and notes state them, so the text always shows the figure the rule used; rates
 * and dates are written by {@link dev.hearth.domain.explain.Prose}.
 */
final class RentRiskText {

    private RentRiskText() {
    }

    /** A number of months' rent: "one month's rent", "2 months' rent". */
    static String monthsRent(int months) {
        return months == 1 ? "one month's rent" : months + " months' rent";
    }
}
