package dev.hearth.domain.rent;

import java.util.Objects;

/**
 * One rent-arrears possession route a tenancy faces, with its notice and what the court must consider.
 *
 * @param ground             the ground or procedure, e.g. "Housing Act 1985 Sch 2 Ground 1"
 * @param mandatory          whether the court must order possession once the ground is proved (no reasonableness test)
 * @param condition          what must be shown, in plain English
 * @param noticePeriod       the notice before proceedings can start, in plain English (or "not confirmed")
 * @param courtMustConsider  what the court or tribunal must consider before ordering possession
 * @param legalReference     the legislation and where it was read, with the confidence mark
 */
public record PossessionGround(String ground, boolean mandatory, String condition, String noticePeriod,
                               String courtMustConsider, String legalReference) {
    public PossessionGround {
        Objects.requireNonNull(ground, "ground");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(noticePeriod, "noticePeriod");
        Objects.requireNonNull(courtMustConsider, "courtMustConsider");
        Objects.requireNonNull(legalReference, "legalReference");
    }
}
