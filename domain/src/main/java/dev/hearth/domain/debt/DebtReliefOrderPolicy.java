package dev.hearth.domain.debt;

import dev.hearth.domain.explain.ExplanationBuilder;
import dev.hearth.domain.explain.Fact;
import dev.hearth.domain.money.Pence;

import java.util.ArrayList;
import java.util.List;

import static dev.hearth.domain.debt.AdviceFlags.describe;
import static dev.hearth.domain.debt.AdviceFlags.flag;

/**
 * {@code debt.flag.debt_relief_order}, England and Wales: a Debt Relief Order (Insolvency Act 1986 Part 7A) may be worth
 * advice when the known facts are within the limits in {@link DebtThresholds} (Business Debtline, CAP UK [S]): total
 * debts at most {@link DebtThresholds#droMaxDebtsPence()}, monthly surplus at most
 * {@link DebtThresholds#droMaxMonthlySurplusPence()}, assets at most {@link DebtThresholds#droMaxAssetsPence()}, a
 * vehicle worth less than {@link DebtThresholds#droVehicleLimitPence()}, not a home owner, not in a formal insolvency
 * procedure. An unknown fact does not stop the flag: it is listed for the adviser to check.
 */
final class DebtReliefOrderPolicy {

    private DebtReliefOrderPolicy() {
    }

    static List<AdviceFlag> check(List<ClassifiedDebt> ordered, DebtAdviceFacts facts, MonthlyBudget budget,
                                  DebtThresholds t, DebtAdviceFigures figures, ExplanationBuilder explanation) {
        if (ordered.isEmpty()) {
            return List.of();
        }
        Pence totalDebts = ordered.stream().filter(c -> DebtOptions.droCovers(c.type)).map(ClassifiedDebt::balance)
                .reduce(Pence.ZERO, Pence::plus);
        boolean anyQualifying = totalDebts.isPositive();
        Pence surplus = Pence.max(budget.available(), Pence.ZERO);
        boolean debtsWithin = !totalDebts.isGreaterThan(t.droMaxDebtsPence());
        boolean surplusWithin = !surplus.isGreaterThan(t.droMaxMonthlySurplusPence());
        Boolean notHomeOwner = facts.ownsHome() == null ? null : !facts.ownsHome();
        Boolean assetsWithin = facts.assetsValuePence() == null ? null
                : !facts.assetsValuePence().isGreaterThan(t.droMaxAssetsPence());
        Boolean vehicleWithin = facts.vehicleValuePence() == null ? null
                : facts.vehicleValuePence().isLessThan(t.droVehicleLimitPence());
        boolean insolvent = Boolean.TRUE.equals(facts.inInsolvencyProcedure());
        boolean flagged = anyQualifying && debtsWithin && surplusWithin && !Boolean.FALSE.equals(notHomeOwner)
                && !Boolean.FALSE.equals(assetsWithin) && !Boolean.FALSE.equals(vehicleWithin) && !insolvent;
        explanation.step(DebtRules.FLAG_DEBT_RELIEF_ORDER, "Compare the known facts with the Debt Relief Order "
                        + "limits",
                List.of(Fact.of("qualifying debts (r.9.2 excluded and secured debts left out)", totalDebts
                                + " (limit " + t.droMaxDebtsPence() + ")"),
                        Fact.of("monthly surplus", surplus + " (limit " + t.droMaxMonthlySurplusPence() + ")"),
                        Fact.of("not a home owner", describe(notHomeOwner)),
                        Fact.of("assets within " + t.droMaxAssetsPence(), describe(assetsWithin)),
                        Fact.of("vehicle worth less than " + t.droVehicleLimitPence(), describe(vehicleWithin))),
                flagged ? "flagged" : "not flagged");
        if (!flagged) {
            return List.of();
        }
        List<String> toCheck = new ArrayList<>();
        if (notHomeOwner == null) {
            toCheck.add("whether anyone in the household owns their home");
        }
        if (assetsWithin == null) {
            toCheck.add("the value of savings and other assets (limit " + t.droMaxAssetsPence() + ")");
        }
        if (vehicleWithin == null) {
            toCheck.add("the value of any vehicle (must be under " + t.droVehicleLimitPence() + ")");
        }
        toCheck.add("which debts qualify: the total leaves out fines, child support, student loans and secured "
                + "debts (Insolvency Rules 2016 r.9.2, Insolvency Act 1986 s.251A); see the plan's option coverage");
        toCheck.add("residence or work in England or Wales in the last " + figures.droResidenceYears().value()
                + " years, and no DRO in the last " + figures.droRepeatYears().value() + " years");
        return List.of(flag(DebtRules.FLAG_DEBT_RELIEF_ORDER, "A Debt Relief Order may be worth advice",
                "The known facts are within the Debt Relief Order limits. A DRO is applied for through an approved "
                        + "intermediary; most creditors cannot take action for " + figures.droMoratoriumMonths().value()
                        + " months, after which qualifying debts are written off.",
                List.of("qualifying debts " + totalDebts + " (limit " + t.droMaxDebtsPence() + ")",
                        "monthly surplus " + surplus + " (limit " + t.droMaxMonthlySurplusPence() + ")",
                        "source: " + t.droSource()), toCheck));
    }
}
