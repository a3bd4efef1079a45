package dev.hearth.domain.uc.whatif;

import dev.hearth.domain.explain.Explanation;
import dev.hearth.domain.uc.UcEstimate;

import java.util.List;

/**
 * An earnings curve: the award and net income as one adult's earnings rise, with the thresholds between.
 *
 * @param adult          which claimant's earnings vary
 * @param points         each point, in rising order of earnings, carrying only what changes between points
 * @param thresholds     every threshold crossed within the range, to the penny, in rising order
 * @param explanation    the one explanation all points share: the first point's estimate (the rules and elements every
 *                       point has in common), then how points, net income and rates were worked out and each threshold;
 *                       its assumptions are those of every point
 * @param expanded       the full estimate of the point asked for with {@code expandPoint}, or null when none was
 */
public record EarningsCurve(int adult, List<CurvePoint> points, List<CurveThreshold> thresholds,
                            Explanation explanation, UcEstimate expanded) {
    public EarningsCurve {
        points = List.copyOf(points);
        thresholds = List.copyOf(thresholds);
    }
}
