package dev.hearth.domain.uc.whatif;

import dev.hearth.domain.money.Pence;

import java.math.BigDecimal;
import java.util.List;

/**
 * One point of an earnings curve: only what differs from point to point. The rules behind every point are in the
 * curve's one explanation; any point can be expanded into the full estimate ({@code expandPoint}).
 *
 * @param index                         the point's position, from 0
 * @param earningsPence                 the varying adult's net earnings for the assessment period at this point
 * @param awardPence                    the Universal Credit award (after the benefit cap, before deductions)
 * @param earningsKeptPence             how much more net income the household has than with this adult earning
 *                                      nothing
 * @param netIncomePence                the claimants' net earnings plus the award plus the other income given
 * @param marginalDeductionRatePercent  the share of the extra earnings since the previous point that was not kept, in
 *                                      percent to two places (55.00 where only the taper applies), or null at the
 *                                      first point
 * @param rateCauses                    what set that rate ({@code TAPER} alone, or what else was at work); empty at
 *                                      the first point
 * @param changes                       the thresholds crossed since the previous point (their exact earnings are in
 *                                      the curve's {@code thresholds}); usually empty
 */
public record CurvePoint(int index, Pence earningsPence, Pence awardPence, Pence earningsKeptPence, Pence netIncomePence,
                         BigDecimal marginalDeductionRatePercent, List<RateCause> rateCauses,
                         List<CurveEvent> changes) {
    public CurvePoint {
        rateCauses = List.copyOf(rateCauses);
        changes = List.copyOf(changes);
    }
}
