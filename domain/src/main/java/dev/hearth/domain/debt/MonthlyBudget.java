package dev.hearth.domain.debt;

import dev.hearth.domain.explain.AssumptionSource;
import dev.hearth.domain.explain.ExplanationBuilder;
import dev.hearth.domain.explain.Fact;
import dev.hearth.domain.money.Pence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The monthly budget in the shape of the Standard Financial Statement (Money and Pensions Service), from the
 * household's own figures. No SFS trigger figure is used: they are licensed to SFS members (uk-rules.md §3.6).
 *
 * @param income          {@code debt.budget.income}: total monthly income
 * @param ongoingPriority ongoing priority bills (rent, mortgage, council tax, energy ...) within essential spending
 * @param otherEssential  other essential spending
 * @param available       {@code debt.budget.available}: income less essential spending; negative is a deficit
 */
record MonthlyBudget(Pence income, Pence ongoingPriority, Pence otherEssential, Pence available) {

    /** Essential spending: ongoing priority bills plus other essentials. */
    Pence essentialSpending() {
        return ongoingPriority.plus(otherEssential);
    }

    /** Rules {@code debt.budget.income}, {@code debt.budget.essential_spending} and {@code debt.budget.available}. */
    static MonthlyBudget of(DebtPlanRequest request, ExplanationBuilder explanation) {
        if (request.monthlyIncome() == null) {
            explanation.assume("debt.no_income_given", AssumptionSource.DEFAULTED,
                    "No income lines were given, so income is taken as nil.");
        }
        if (request.essentialSpending() == null) {
            explanation.assume("debt.no_spending_given", AssumptionSource.DEFAULTED,
                    "No essential spending lines were given, so essential spending is taken as nil.");
        }
        Pence income = income(request.monthlyIncome() == null ? List.of() : request.monthlyIncome(), explanation);
        Spending spending = essentialSpending(request.essentialSpending() == null ? List.of()
                : request.essentialSpending(), explanation);
        Pence available = available(income, spending.total(), explanation);
        return new MonthlyBudget(income, spending.ongoingPriority(), spending.otherEssential(), available);
    }

    /** Essential spending split as the SFS shows it: ongoing priority bills, then other essentials. */
    private record Spending(Pence ongoingPriority, Pence otherEssential) {
        Pence total() {
            return ongoingPriority.plus(otherEssential);
        }
    }

    /** {@code debt.budget.income}: the household's monthly income lines, added up. */
    private static Pence income(List<IncomeLine> lines, ExplanationBuilder explanation) {
        Pence income = Pence.ZERO;
        List<Fact> facts = new ArrayList<>();
        for (IncomeLine line : lines) {
            income = income.plus(line.monthlyAmountPence());
            facts.add(Fact.of(line.source().name().toLowerCase().replace('_', ' '),
                    line.monthlyAmountPence() + " a month"));
        }
        explanation.step(DebtRules.BUDGET_INCOME, "Total monthly income", facts, income + " a month");
        return income;
    }

    /**
     * {@code debt.budget.essential_spending}: essential spending in SFS-shaped categories, ongoing priority bills first,
     * the household's own figures (never compared with the licensed SFS spending guidelines).
     */
    private static Spending essentialSpending(List<SpendingLine> lines, ExplanationBuilder explanation) {
        Pence ongoing = Pence.ZERO;
        Pence other = Pence.ZERO;
        List<Fact> facts = new ArrayList<>();
        for (SpendingLine line : ongoingPriorityBillsFirst(lines)) {
            ExpenditureCategory category = line.category();
            if (category.ongoingPriorityCost()) {
                ongoing = ongoing.plus(line.monthlyAmountPence());
            } else {
                other = other.plus(line.monthlyAmountPence());
            }
            facts.add(Fact.of(category.label() + (category.ongoingPriorityCost() ? " (ongoing priority bill)" : "")
                    + ", " + category.group().name().toLowerCase().replace('_', ' '),
                    line.monthlyAmountPence() + " a month"));
        }
        explanation.step(DebtRules.BUDGET_ESSENTIAL_SPENDING,
                "Essential spending: ongoing priority bills " + ongoing + ", other essentials " + other,
                facts, ongoing.plus(other) + " a month");
        return new Spending(ongoing, other);
    }

    /** {@code debt.budget.available}: income less essential spending; negative means a deficit (SFS surplus). */
    private static Pence available(Pence income, Pence essentialSpending, ExplanationBuilder explanation) {
        Pence available = income.minus(essentialSpending);
        explanation.step(DebtRules.BUDGET_AVAILABLE, "Available for debts = income - essential spending",
                List.of(Fact.of("income", income), Fact.of("essential spending", essentialSpending)),
                available + " a month");
        return available;
    }

    /** Spending lines with ongoing priority bills first, then in the order of {@link ExpenditureCategory}. */
    private static List<SpendingLine> ongoingPriorityBillsFirst(List<SpendingLine> lines) {
        return lines.stream()
                .sorted(Comparator.comparing((SpendingLine s) -> s.category().ongoingPriorityCost() ? 0 : 1)
                        .thenComparing(s -> s.category().ordinal()))
                .toList();
    }
}
