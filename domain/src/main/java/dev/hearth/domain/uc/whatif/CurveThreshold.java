package dev.hearth.domain.uc.whatif;

import dev.hearth.domain.money.Pence;

/**
 * A threshold crossed within the curve's range, found to the penny.
 *
 * @param event          what happens there
 * @param earningsPence  the lowest earnings of the varying adult at which it has happened
 * @param afterPoint     the index of the last point before it (it lies between this point and the next)
 * @param description    what it means, in plain English
 * @param legalReference the rule that makes it happen
 */
public record CurveThreshold(CurveEvent event, Pence earningsPence, int afterPoint, String description,
                             String legalReference) {
}
