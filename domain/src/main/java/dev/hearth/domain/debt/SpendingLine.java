package dev.hearth.domain.debt;

import dev.hearth.domain.money.Pence;

/**
 * One monthly essential spending line, in an SFS-shaped category.
 *
 * @param category           the spending category
 * @param monthlyAmountPence the amount spent each month, in pence per month (zero or more)
 */
public record SpendingLine(ExpenditureCategory category, Pence monthlyAmountPence) {
}
