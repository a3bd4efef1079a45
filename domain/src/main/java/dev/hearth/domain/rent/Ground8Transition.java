package dev.hearth.domain.rent;

import dev.hearth.domain.explain.Prose;
import java.time.LocalDate;

/**
 * The saving for notices served under the old Ground 8: a notice served before the Renters' Rights Act 2025 came into
 * force must be followed by proceedings by the earlier of a number of months from service and a fixed date. Stated in
 * the note of a threshold reached under {@link Ground8Version#BEFORE_RRA_2025}.
 *
 * @param servedBefore            notices served before this date (the commencement day)
 * @param proceedingsWithinMonths proceedings must begin within this many months of service (12) ...
 * @param proceedingsLatest       ... and in any case by this date (31 July 2026)
 * @param source                  where the figures come from
 */
record Ground8Transition(LocalDate servedBefore, int proceedingsWithinMonths, LocalDate proceedingsLatest,
                         String source) {

    /** The saving made when the 2025 Act came into force for private assured tenancies. */
    static final Ground8Transition RRA_2025 = new Ground8Transition(Ground8Version.RRA_COMMENCEMENT, 12,
            LocalDate.of(2026, 7, 31), "mackenziesmith.co.uk [S]");

    /** The sentence the threshold note adds. */
    String note() {
        return "A notice served before " + Prose.longDate(servedBefore) + " under the old rules must be "
                + "followed by proceedings by the earlier of " + proceedingsWithinMonths + " months from service and "
                + Prose.longDate(proceedingsLatest) + " (" + source + ").";
    }
}
