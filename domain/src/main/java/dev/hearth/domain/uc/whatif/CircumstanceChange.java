package dev.hearth.domain.uc.whatif;

import dev.hearth.domain.uc.UcEstimateRequest;

import java.time.LocalDate;

/**
 * One changed version of the household.
 *
 * @param label              the caller's own name for the change, shown back unchanged (e.g. "Sam moves in"), or null
 * @param kind               what changes; decides the effective-date rule ({@link ChangeKind})
 * @param occursOn           the day the change happens (or is expected to happen); on or after the current assessment
 *                           period's first day
 * @param reportedOn         the day the change is (or will be) reported to DWP, or null when it is reported in time
 * @param lateReportAccepted DWP has allowed a longer period for reporting late (D&amp;A Regs reg 36), so a late report
 *                           still counts from the period of the change
 * @param changed            the household's facts after the change (the body of a Universal Credit estimate); its
 *                           {@code assessmentPeriodStart} is ignored and replaced by the period the change takes
 *                           effect in
 */
public record CircumstanceChange(String label, ChangeKind kind, LocalDate occursOn, LocalDate reportedOn,
                                 boolean lateReportAccepted, UcEstimateRequest changed) {
}
