package dev.hearth.domain.debt;

import dev.hearth.domain.explain.AssumptionSource;
import dev.hearth.domain.explain.ExplanationBuilder;
import dev.hearth.domain.explain.Fact;
import dev.hearth.domain.place.Nation;

import java.util.ArrayList;
import java.util.List;

/**
 * Rules {@code debt.classify.table} and {@code debt.classify.adviser}: each debt is priority or non-priority by the
 * severity of the creditor's remedy (CPAG Debt Advice Handbook), from the table for its type and nation
 * ({@link DebtClassifications}); for a type whose status is contested, an adviser's classification replaces the
 * default (CPAG: a power to deduct from benefits does not by itself make a debt a priority).
 */
final class DebtClassifier {

    private DebtClassifier() {
    }

    /** The classification used for one debt: the table's, or the adviser's where one was given (validated). */
    static ClassifiedDebt classify(int index, DebtInput input, DebtType type, ClassificationEntry entry) {
        AdviserClassification adviser = input.adviserClassification();
        if (adviser == null) {
            return new ClassifiedDebt(index, input, type, entry, entry.status(), entry.category(), entry.sanction(),
                    entry.source(), entry.confidence(), ClassificationBasis.TABLE, "");
        }
        boolean nonPriority = adviser.status() == PriorityStatus.NON_PRIORITY;
        SanctionCategory category = nonPriority ? SanctionCategory.NONE : adviser.category();
        String sanction = nonPriority ? "classified non-priority by an adviser"
                : "classified by an adviser as " + category.label();
        return new ClassifiedDebt(index, input, type, entry, adviser.status(), category, sanction,
                "adviser classification (table default: " + entry.status() + ", " + entry.source() + ")",
                entry.confidence(), ClassificationBasis.ADVISER, adviser.justification());
    }

    /**
     * Records each classification in the explanation, with an assumption where a contested default was used or the
     * classification is not confirmed (for Scotland: not separately researched).
     */
    static void explain(List<ClassifiedDebt> debts, Nation nation, ExplanationBuilder explanation) {
        for (ClassifiedDebt c : debts) {
            List<Fact> inputs = new ArrayList<>();
            inputs.add(Fact.of("debt", c.ref()));
            inputs.add(Fact.of("nation", nation));
            inputs.add(Fact.of("table", c.table.status() + " (" + c.table.category().label() + "): "
                    + c.table.sanction()));
            inputs.add(Fact.of("source", c.table.source() + " [" + c.table.confidence() + "]"));
            String outcome = c.status + " (" + c.category.label() + ")";
            if (c.basis == ClassificationBasis.ADVISER) {
                inputs.add(Fact.of("adviser justification", c.justification));
                explanation.step(DebtRules.CLASSIFY_ADVISER,
                        "The status of " + c.type.label() + " is contested; the adviser's classification is used",
                        inputs, outcome);
            } else {
                explanation.step(DebtRules.CLASSIFY_TABLE,
                        "Classify " + c.type.label() + " by the severity of the creditor's remedy", inputs, outcome);
                if (c.table.contested()) {
                    explanation.assume("debt.contested_default." + c.type.name(), AssumptionSource.DEFAULTED,
                            "The status of " + c.type.label() + " is contested and no adviser classification was "
                                    + "given, so the default (" + c.table.status() + ") is used: "
                                    + c.table.source() + ".");
                }
            }
            if (c.confidence == SourceConfidence.UNCONFIRMED) {
                String id = nation == Nation.SCOTLAND && !DebtClassifications.researchedForScotland(c.type)
                        ? "debt.scotland_not_researched." + c.type.name() : "debt.unconfirmed." + c.type.name();
                explanation.assume(id, AssumptionSource.UNCONFIRMED_RULE,
                        "The classification of " + c.type.label() + " in " + nation + " is not confirmed: "
                                + c.table.source() + ".");
            }
        }
    }
}
