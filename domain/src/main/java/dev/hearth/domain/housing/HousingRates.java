package dev.hearth.domain.housing;

import dev.hearth.domain.money.Pence;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The yearly figures the housing costs element needs, for the rates year that applies to the assessment period. The
 * Universal Credit engine chooses the year from its own versioned, cited rates and passes them in; the housing engine
 * does no year-picking of its own (except for the LHA table, which has its own effective dates).
 *
 * @param rulesetLabel                    the rates year or ruleset these figures belong to, e.g. {@code "2026/27"},
 *                                        shown in the explanation
 * @param nonDependantContribution        monthly housing cost contribution for each non-dependant (Sch 4 para 14(1))
 * @param nonDependantExemptUnderAge      a non-dependant under this age makes no contribution (Sch 4 para 16(2)(a): 21)
 * @param underOccupancyOneBedroom        relevant percentage for one excess bedroom, as a fraction, e.g. {@code 0.14}
 *                                        (Sch 4 para 36(3))
 * @param underOccupancyTwoOrMoreBedrooms relevant percentage for two or more excess bedrooms, e.g. {@code 0.25}
 * @param sharedAccommodationAgeThreshold a single renter under this age may be held to the shared accommodation rate
 *                                        (Sch 4 para 28: 35)
 * @param maximumBedrooms                 the largest bedroom entitlement the LHA cap recognises (Sch 4 para 26: 4)
 * @param source                          where these figures come from, for the explanation
 */
public record HousingRates(
        String rulesetLabel,
        Pence nonDependantContribution,
        int nonDependantExemptUnderAge,
        BigDecimal underOccupancyOneBedroom,
        BigDecimal underOccupancyTwoOrMoreBedrooms,
        int sharedAccommodationAgeThreshold,
        int maximumBedrooms,
        String source) {

    public HousingRates {
        Objects.requireNonNull(rulesetLabel, "rulesetLabel");
        Objects.requireNonNull(nonDependantContribution, "nonDependantContribution");
        Objects.requireNonNull(underOccupancyOneBedroom, "underOccupancyOneBedroom");
        Objects.requireNonNull(underOccupancyTwoOrMoreBedrooms, "underOccupancyTwoOrMoreBedrooms");
        Objects.requireNonNull(source, "source");
        if (nonDependantContribution.isNegative()) {
            throw new IllegalArgumentException("nonDependantContribution must not be negative");
        }
        requireFraction(underOccupancyOneBedroom, "underOccupancyOneBedroom");
        requireFraction(underOccupancyTwoOrMoreBedrooms, "underOccupancyTwoOrMoreBedrooms");
        if (maximumBedrooms < 1 || maximumBedrooms > 4) {
            throw new IllegalArgumentException("maximumBedrooms must be 1 to 4: there is no LHA category above 4");
        }
        if (sharedAccommodationAgeThreshold < 16 || nonDependantExemptUnderAge < 16) {
            throw new IllegalArgumentException("age thresholds below 16 are not plausible");
        }
    }

    private static void requireFraction(BigDecimal value, String name) {
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(name + " must be a fraction between 0 and 1");
        }
    }
}
