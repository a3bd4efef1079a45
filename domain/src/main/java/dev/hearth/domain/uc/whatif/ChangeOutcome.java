package dev.hearth.domain.uc.whatif;

import dev.hearth.domain.explain.Explanation;
import dev.hearth.domain.uc.UcEstimate;

import java.time.LocalDate;
import java.util.List;

/**
 * What one change does: when it takes effect, and the difference it makes there, line by line.
 *
 * @param label                 the caller's label for the change, or null
 * @param kind                  what changes
 * @param effectivePeriodStart  the first day of the assessment period from which the change takes effect
 * @param effectivePeriodEnd    the last day of that assessment period
 * @param effectiveDateRule     the rule that set the period ({@code uc.whatif.change.effective_period},
 *                              {@code uc.whatif.change.late_notification} or {@code uc.whatif.change.other_benefit})
 * @param advantageous          the change raises the award (judged in the period the change happens in)
 * @param lines                 the lines that differ, then the award and the payment whether or not they differ
 * @param before                the household as it is, estimated for the effective period
 * @param after                 the household as changed, estimated for the effective period
 * @param explanation           how the effective period was found and what was compared
 */
public record ChangeOutcome(String label, ChangeKind kind, LocalDate effectivePeriodStart, LocalDate effectivePeriodEnd,
                            String effectiveDateRule, boolean advantageous, List<ComparisonLine> lines,
                            UcEstimate before, UcEstimate after, Explanation explanation) {
    public ChangeOutcome {
        lines = List.copyOf(lines);
    }
}
