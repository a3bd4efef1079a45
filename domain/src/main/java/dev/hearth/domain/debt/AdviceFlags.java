package dev.hearth.domain.debt;

import dev.hearth.domain.explain.ExplanationBuilder;
import dev.hearth.domain.explain.Fact;
import dev.hearth.domain.explain.Rule;
import dev.hearth.domain.place.Nation;

import java.util.ArrayList;
import java.util.List;

/**
 * The advice flags, in the order they are raised: the budget warnings ({@code debt.flag.budget_deficit},
 * {@code debt.flag.priority_instalments_unmet}), then by nation Breathing Space and a Debt Relief Order (England and
 * Wales) or Scotland's own moratorium, then formal options. A flag never says the person qualifies: it says what was
 * seen, the cited facts, and what an adviser must still check.
 */
final class AdviceFlags {

    private AdviceFlags() {
    }

    /** What the planner saw that makes specialist advice urgent, shared by the moratorium flags. */
    record Pressure(boolean enforcementUnderWay, boolean deficit, boolean priorityUnmet, boolean tokenPaymentsOnly) {

        boolean any() {
            return enforcementUnderWay || deficit || priorityUnmet || tokenPaymentsOnly;
        }

        /** The reasons, in plain English, in a fixed order. */
        List<String> reasons() {
            List<String> why = new ArrayList<>();
            if (enforcementUnderWay) {
                why.add("enforcement is under way on at least one debt");
            }
            if (deficit) {
                why.add("essential spending is more than income");
            }
            if (priorityUnmet) {
                why.add("priority instalments cannot all be met");
            }
            if (tokenPaymentsOnly) {
                why.add("only token payments can be offered to non-priority creditors");
            }
            return why;
        }
    }

    static List<AdviceFlag> raise(DebtPlanRequest request, List<ClassifiedDebt> ordered, MonthlyBudget budget,
                                  PaymentAllocation allocation, DebtThresholds thresholds, DebtAdviceFigures figures,
                                  ExplanationBuilder explanation) {
        List<AdviceFlag> flags = new ArrayList<>();
        Nation nation = request.nation();
        boolean deficit = budget.available().isNegative();
        if (deficit) {
            flags.add(budgetDeficit(budget, explanation));
        }
        if (allocation.priorityUnmet()) {
            flags.add(priorityInstalmentsUnmet(ordered, explanation));
        }
        Pressure pressure = new Pressure(ordered.stream().anyMatch(ClassifiedDebt::imminent), deficit,
                allocation.priorityUnmet(), allocation.tokenPaymentsOnly());
        DebtAdviceFacts facts = request.adviceFacts() == null ? DebtAdviceFacts.unknown() : request.adviceFacts();
        if (nation == Nation.ENGLAND || nation == Nation.WALES) {
            flags.addAll(BreathingSpacePolicy.check(ordered, facts, pressure, thresholds, figures, explanation));
            flags.addAll(DebtReliefOrderPolicy.check(ordered, facts, budget, thresholds, figures, explanation));
        } else if (nation == Nation.SCOTLAND && pressure.any() && !ordered.isEmpty()) {
            flags.add(scottishMoratorium(pressure, explanation));
        }
        flags.addAll(FormalOptionsPolicy.check(ordered, allocation, nation, thresholds, explanation));
        return flags;
    }

    /** {@code debt.flag.budget_deficit}: essential spending is more than income (Standard Financial Statement). */
    static AdviceFlag budgetDeficit(MonthlyBudget budget, ExplanationBuilder explanation) {
        explanation.step(DebtRules.FLAG_BUDGET_DEFICIT, "Essential spending is more than income",
                List.of(Fact.of("available for debts", budget.available())), "flagged");
        return flag(DebtRules.FLAG_BUDGET_DEFICIT, "Spending is more than income",
                "Essential spending is " + budget.available().negate() + " a month more than income, so nothing "
                        + "is available for debts and the budget needs advice.",
                List.of("income " + budget.income() + " a month",
                        "essential spending " + budget.essentialSpending() + " a month"), List.of());
    }

    /** {@code debt.flag.priority_instalments_unmet}: the budget cannot meet every priority instalment (CPAG). */
    static AdviceFlag priorityInstalmentsUnmet(List<ClassifiedDebt> ordered, ExplanationBuilder explanation) {
        List<String> facts = ordered.stream().filter(c -> c.unmet.isPositive())
                .map(c -> c.input.id() + ": " + c.unmet + " a month of the instalment cannot be met")
                .toList();
        explanation.step(DebtRules.FLAG_PRIORITY_UNMET, "Not every priority instalment can be met",
                facts.stream().map(f -> Fact.of("unmet", f)).toList(), "flagged");
        return flag(DebtRules.FLAG_PRIORITY_UNMET, "Priority payments cannot all be met",
                "The budget cannot meet every priority instalment; the creditors of priority debts can take "
                        + "the home, liberty or essentials, so advice is needed now.", facts, List.of());
    }

    /**
     * {@code debt.flag.scottish_moratorium}: in Scotland, where Breathing Space does not apply, Scotland's own statutory
     * moratorium may be worth advice on the same triggers (MoneyHelper, uk-rules.md §3.4).
     */
    static AdviceFlag scottishMoratorium(Pressure pressure, ExplanationBuilder explanation) {
        List<String> why = pressure.reasons();
        explanation.step(DebtRules.FLAG_SCOTTISH_MORATORIUM, "Breathing Space does not apply in Scotland; "
                        + "point to the Scottish moratorium", why.stream().map(w -> Fact.of("seen", w)).toList(),
                "flagged");
        return flag(DebtRules.FLAG_SCOTTISH_MORATORIUM, "Scotland's statutory moratorium may help",
                "Breathing Space does not apply in Scotland; Scotland has its own statutory moratorium on "
                        + "creditor action, which a Scottish money adviser can explain.", why,
                List.of("eligibility under Scottish rules (not modelled by Hearth)"));
    }

    static AdviceFlag flag(Rule rule, String title, String reason, List<String> facts, List<String> toCheck) {
        return new AdviceFlag(rule.id(), title, reason, facts, toCheck);
    }

    /** A fact that may not be known, as the explanation states it. */
    static String describe(Boolean value) {
        return value == null ? "not known" : value ? "yes" : "no";
    }
}
