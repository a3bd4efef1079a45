package dev.hearth.adapter.in.http.household;

import java.time.LocalDate;

/**
 * Which assessment period to estimate a stored household for.
 *
 * @param assessmentPeriodStart first day of the monthly assessment period (ISO-8601 date); leave out for the period
 *                              starting today (UK date)
 */
public record SaveEstimateRequest(LocalDate assessmentPeriodStart) {
}
