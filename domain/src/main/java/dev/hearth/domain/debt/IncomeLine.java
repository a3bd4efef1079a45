package dev.hearth.domain.debt;

import dev.hearth.domain.money.Pence;

/**
 * One monthly income line.
 *
 * @param source             the kind of income
 * @param monthlyAmountPence the amount received each month, in pence per month (zero or more)
 */
public record IncomeLine(IncomeSource source, Pence monthlyAmountPence) {
}
