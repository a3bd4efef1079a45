package dev.hearth.domain.debt;

/**
 * An adviser's classification of a debt, replacing the table's default (and any change by circumstances). The
 * justification is required and is recorded in the plan and its explanation; overriding a type whose status is not
 * contested (see {@link ClassificationEntry#contested()}) is allowed and marked as such in the explanation's
 * assumptions. When the debt is saved on a household the override is audited.
 *
 * @param status        priority or non-priority
 * @param category      the remedy for a priority debt (required then, and not {@link SanctionCategory#NONE}); leave
 *                      empty or {@code NONE} for a non-priority debt
 * @param justification why the adviser classifies it so (1 to 2,000 characters)
 */
public record AdviserClassification(PriorityStatus status, SanctionCategory category, String justification) {
}
