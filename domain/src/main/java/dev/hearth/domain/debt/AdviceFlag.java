package dev.hearth.domain.debt;

import java.util.List;
import java.util.Objects;

/**
 * A pointer that specialist advice may help: Breathing Space, a formal option, or a warning about the budget. A flag
 * never says the person qualifies; it says what was seen, the facts behind it (with sources), and what an adviser must
 * still check.
 *
 * @param ruleId  the rule that raised it (see {@link DebtRules})
 * @param title   short heading
 * @param reason  why it was raised, in plain English
 * @param facts   the cited facts and thresholds behind it
 * @param toCheck facts the planner could not know, for the adviser to check
 */
public record AdviceFlag(String ruleId, String title, String reason, List<String> facts, List<String> toCheck) {
    public AdviceFlag {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(reason, "reason");
        facts = List.copyOf(facts);
        toCheck = List.copyOf(toCheck);
    }
}
