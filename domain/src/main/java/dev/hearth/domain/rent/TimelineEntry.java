package dev.hearth.domain.rent;

import dev.hearth.domain.money.Pence;

import java.time.LocalDate;

/**
 * One dated event on the rent timeline.
 *
 * @param date         the day
 * @param event        what happens
 * @param amountPence  the amount of the event, in pence
 * @param balancePence the running rent balance after it, in pence: positive is arrears, negative is credit
 */
public record TimelineEntry(LocalDate date, TimelineEvent event, Pence amountPence, Pence balancePence) {
}
