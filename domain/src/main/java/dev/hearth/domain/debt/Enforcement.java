package dev.hearth.domain.debt;

import java.time.LocalDate;

/**
 * An enforcement event on a debt and its date: the date it happened or a notice was received, or the date set for it
 * (a hearing, an eviction). Both are required; the date must be within seven years before, or a year after, the plan date
 * (older events are stale under every rule held: {@code debt.enforcement.stale}).
 *
 * @param action what happened or will happen
 * @param date   when (date it happened or was received, or the date set)
 */
public record Enforcement(EnforcementAction action, LocalDate date) {
}
