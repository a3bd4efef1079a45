package dev.hearth.domain.debt;

import dev.hearth.domain.explain.ExplanationBuilder;
import dev.hearth.domain.money.Pence;
import dev.hearth.domain.place.Nation;

import java.util.ArrayList;
import java.util.List;

/** Classified debts and budgets for the direct tests of single advice-flag policies. */
final class AdviceFlagFixtures {

    static final DebtThresholds THRESHOLDS = DebtThresholds.forDate(DebtFixtures.PLAN_DATE);
    static final DebtAdviceFigures FIGURES = DebtAdviceFigures.forDate(DebtFixtures.PLAN_DATE);

    private AdviceFlagFixtures() {
    }

    /** The debts classified from the table for {@code nation}, in the order given. */
    static List<ClassifiedDebt> classified(Nation nation, DebtInput... inputs) {
        List<ClassifiedDebt> out = new ArrayList<>();
        for (int i = 0; i < inputs.length; i++) {
            DebtType type = DebtType.parse(inputs[i].type()).orElseThrow();
            out.add(DebtClassifier.classify(i, inputs[i], type,
                    DebtClassifications.lookup(type, nation).orElseThrow()));
        }
        return out;
    }

    /** A budget with {@code available} pounds a month left for debts. */
    static MonthlyBudget available(String pounds) {
        Pence available = Pence.ofPounds(pounds);
        return new MonthlyBudget(Pence.ofPounds("1000"), Pence.ZERO, Pence.ofPounds("1000").minus(available),
                available);
    }

    static ExplanationBuilder explanation() {
        return new ExplanationBuilder("test");
    }
}
