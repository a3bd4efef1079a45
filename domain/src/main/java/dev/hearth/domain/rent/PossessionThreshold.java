package dev.hearth.domain.rent;

import dev.hearth.domain.money.Pence;

import java.time.LocalDate;

/**
 * The mandatory rent-arrears possession threshold (Housing Act 1988 Sch 2 Ground 8 in England) under the rules in force
 * on the date it would be reached.
 *
 * @param status                  what can be said
 * @param thresholdDate           the date the arrears reach it (the assessment date when already reached), or null
 * @param ground                  the ground, e.g. "Housing Act 1988 Sch 2 Ground 8", or empty
 * @param regime                  which version of the rule applies on that date, or empty
 * @param thresholdDescription    the threshold in the statute's terms, e.g. "at least 3 months' rent unpaid"
 * @param thresholdAmountPence    the threshold in pence, rounded up to the penny (the least whole-penny arrears that
 *                                meet it), or null
 * @param countedArrearsPence     the arrears counted on that date after any Universal Credit disregard, or null
 * @param ucDisregardPence        the amount ignored because Universal Credit housing payment had not yet been received,
 *                                or null
 * @param noticePeriodDays        the minimum notice for the rent grounds under the rules of that date, or null
 * @param earliestProceedingsDate the threshold date plus the notice period: the earliest day proceedings could begin on
 *                                a notice served that day, or null
 * @param legalReference          the law behind the answer
 * @param note                    anything the reader must know (why not modelled; that arrears must still be at the
 *                                threshold at the hearing)
 */
public record PossessionThreshold(ThresholdStatus status, LocalDate thresholdDate, String ground, String regime,
                                  String thresholdDescription, Pence thresholdAmountPence, Pence countedArrearsPence,
                                  Pence ucDisregardPence, Integer noticePeriodDays, LocalDate earliestProceedingsDate,
                                  String legalReference, String note) {
}
