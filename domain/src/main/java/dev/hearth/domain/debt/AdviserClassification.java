package dev.hearth.domain.debt;

/**
 * An adviser's classification of a debt whose status is contested (see {@link ClassificationEntry#contested()}),
 * replacing the table's default. The justification is required and is recorded in the plan and its explanation.
 * Giving one for a debt that is not contested is refused ({@code classification_not_contested}).
 *
 * @param status        priority or non-priority
 * @param category      the remedy for a priority debt (required then, and not {@link SanctionCategory#NONE}); leave
 *                      empty or {@code NONE} for a non-priority debt
 * @param justification why the adviser classifies it so (1 to 2,000 characters)
 */
public record AdviserClassification(PriorityStatus status, SanctionCategory category, String justification) {
}
