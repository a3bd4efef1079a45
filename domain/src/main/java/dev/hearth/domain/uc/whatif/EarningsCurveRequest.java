package dev.hearth.domain.uc.whatif;

import dev.hearth.domain.money.Pence;
import dev.hearth.domain.uc.UcEstimateRequest;

/**
 * Which earnings curve to draw: the household, whose earnings vary, over which range, at which spacing. Give either
 * {@code stepPence} or {@code points}, not both.
 *
 * @param household     the household's facts for one assessment period (the body of a Universal Credit estimate); the
 *                      varying adult's own net earnings in it are replaced at each point
 * @param adult         which claimant's earnings vary: 0 for the first (or only), 1 for the second of a couple
 * @param fromPence     the lowest net earnings for the period, inclusive
 * @param toPence       the highest net earnings for the period, inclusive (always a point)
 * @param stepPence     the gap between points, or null when {@code points} is given
 * @param points        how many evenly spaced points from {@code fromPence} to {@code toPence} (at least 2), or null
 *                      when {@code stepPence} is given; at most 2,000 points either way
 * @param expandPoint   the index of one point to answer in full (its whole estimate and explanation), or null
 */
public record EarningsCurveRequest(UcEstimateRequest household, int adult, Pence fromPence, Pence toPence,
                                   Pence stepPence, Integer points, Integer expandPoint) {
}
