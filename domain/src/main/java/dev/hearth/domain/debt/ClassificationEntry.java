package dev.hearth.domain.debt;

import java.util.Objects;

/**
 * One row of the classification table: how a kind of debt is treated in one nation, why, and on whose authority.
 *
 * @param status     priority or non-priority
 * @param category   the remedy that makes it so ({@link SanctionCategory#NONE} for non-priority debts)
 * @param sanction   what the creditor can ultimately do, in plain English
 * @param source     where this was seen (publication names; see {@code uk-rules.md} §3)
 * @param confidence how well sourced the row is
 * @param contested  whether sources disagree, so an adviser may reclassify the debt with a recorded justification
 */
public record ClassificationEntry(PriorityStatus status, SanctionCategory category, String sanction, String source,
                                  SourceConfidence confidence, boolean contested) {
    public ClassificationEntry {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(sanction, "sanction");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(confidence, "confidence");
        if ((status == PriorityStatus.NON_PRIORITY) != (category == SanctionCategory.NONE)) {
            throw new IllegalArgumentException("a non-priority debt has category NONE, and only a non-priority debt");
        }
    }
}
