package dev.hearth.domain.debt;

import java.time.LocalDate;

/**
 * An enforcement step on a debt and its date: the date set for an eviction or hearing, or the date a notice or warning
 * was received. Both are required; the date must be within a year either side of the plan date.
 *
 * @param action what is happening
 * @param date   when (set date, or date received)
 */
public record Enforcement(EnforcementAction action, LocalDate date) {
}
