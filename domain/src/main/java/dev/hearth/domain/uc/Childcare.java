package dev.hearth.domain.uc;

import dev.hearth.domain.money.Pence;

/**
 * Relevant childcare costs paid in the assessment period (UC Regs 2013 regs 31-35).
 *
 * @param costsPaidPence     integer pence paid for relevant childcare in the assessment period
 * @param childrenCared how many children the costs are for (1, or 2 or more), which sets the monthly maximum
 */
public record Childcare(Pence costsPaidPence, int childrenCared) {
}
