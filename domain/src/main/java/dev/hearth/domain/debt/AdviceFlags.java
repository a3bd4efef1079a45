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
        flags.addAll(homeAtRisk(ordered, request.planDate(), nation, explanation));
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

    /**
     * {@code debt.flag.priority_instalments_unmet}: the budget cannot give every priority creditor what it needs
     * (CPAG). Names each priority debt that gets less than it needs (by id and type: the creditor's name is never copied
     * into a plan's text), by how much, and what that risks.
     */
    static AdviceFlag priorityInstalmentsUnmet(List<ClassifiedDebt> ordered, ExplanationBuilder explanation) {
        List<String> facts = new ArrayList<>();
        for (ClassifiedDebt c : ordered) {
            if (!c.priority()) {
                continue;
            }
            String risk = "; risks " + c.sanction + (c.imminent() ? " (next step: " + c.enforcement.nextStep()
                    + " from " + c.enforcement.nextStepDate() + ")" : "");
            if (c.unmet.isPositive()) {
                facts.add(c.ref() + ": " + c.unmet + " a month of its instalment cannot be met" + risk);
            } else if (c.input.monthlyInstalmentPence() == null && c.payment.isZero()) {
                facts.add(c.ref() + ": no instalment stated and nothing is left for it" + risk);
            }
        }
        explanation.step(DebtRules.FLAG_PRIORITY_UNMET, "Not every priority creditor can be paid what it needs",
                facts.stream().map(f -> Fact.of("short", f)).toList(), "flagged");
        return flag(DebtRules.FLAG_PRIORITY_UNMET, "Priority payments cannot all be met",
                "The budget cannot give every priority creditor what it needs; the creditors of priority debts can "
                        + "take the home, liberty or essentials, so advice is needed now.", facts, List.of());
    }

    /**
     * {@code debt.flag.home_at_risk}: the home is days from being lost: a debt on the home (rent, mortgage, secured
     * loan, ground rent or service charge) has an eviction date, a warrant or a possession hearing whose step can
     * happen within the emergency window.
     */
    static List<AdviceFlag> homeAtRisk(List<ClassifiedDebt> ordered, java.time.LocalDate planDate,
                                       dev.hearth.domain.place.Nation nation, ExplanationBuilder explanation) {
        List<AdviceFlag> flags = new ArrayList<>();
        for (ClassifiedDebt c : ordered) {
            EnforcementAssessment e = c.enforcement;
            if (c.category != SanctionCategory.HOME || !e.emergency()) {
                continue;
            }
            EnforcementAction action = e.deciding().action();
            if (action != EnforcementAction.EVICTION_DATE && action != EnforcementAction.WARRANT_OF_POSSESSION
                    && action != EnforcementAction.POSSESSION_HEARING && action != EnforcementAction.POSSESSION_ORDER) {
                continue;
            }
            long days = e.daysAway(planDate);
            String when = days == 0 ? "can happen now" : "is " + days + (days == 1 ? " day" : " days") + " away";
            List<String> facts = new ArrayList<>();
            facts.add(c.ref() + ": " + action.label() + " on " + e.deciding().date() + "; next step: " + e.nextStep()
                    + " from " + e.nextStepDate());
            facts.add("paid in this plan: " + c.payment + " a month" + (c.unmet.isPositive() ? ", " + c.unmet
                    + " a month short of its instalment" : ""));
            if (nation == dev.hearth.domain.place.Nation.SCOTLAND) {
                facts.add("Scotland: an eviction is carried out by sheriff officers; the remedies to stop it were not "
                        + "modelled: get advice at once (Shelter Scotland, Citizens Advice Scotland) [U]");
            } else {
                facts.add("the court can suspend or postpone a possession order or its execution on a discretionary "
                        + "ground (Housing Act 1985 s.85(2) for secure tenancies [P]; Housing Act 1988 s.9 for "
                        + "assured tenancies [S]); apply to suspend the warrant before the eviction date");
                facts.add("arrears under a possession order or warrant are a qualifying debt for Breathing Space "
                        + "(SI 2020/1311 reg 5(3)(a)(i)) [P]");
            }
            explanation.step(DebtRules.FLAG_HOME_AT_RISK, "The home is days from being lost",
                    List.of(Fact.of("debt", c.ref()), Fact.of("next step", e.nextStep() + " from "
                            + e.nextStepDate()), Fact.of("days away", days)), "flagged");
            flags.add(flag(DebtRules.FLAG_HOME_AT_RISK, "The home is days from being lost",
                    "The loss of the home " + when + ": get emergency housing advice today (a court duty adviser, "
                            + "Shelter or Citizens Advice) and ask the court to suspend or adjourn.", facts,
                    List.of("whether the possession ground is discretionary or mandatory (the court's powers depend "
                            + "on it)", "whether an application to suspend has already been made")));
        }
        return flags;
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
                "Breathing Space does not apply in Scotland; Scotland has its own moratorium on diligence "
                        + "(Bankruptcy (Scotland) Act 2016 Part 15): once notice of an intention to apply for "
                        + "sequestration, a protected trust deed or a Debt Arrangement Scheme debt payment programme "
                        + "is registered, creditors cannot enforce payment of any debt for six months (CPAG Debt "
                        + "Advice Handbook Scotland).", why,
                List.of("no moratorium in the last 12 months (only one is allowed in any 12 months)",
                        "the person intends to apply for sequestration, a protected trust deed or a debt payment "
                                + "programme within the six months"));
    }

    static AdviceFlag flag(Rule rule, String title, String reason, List<String> facts, List<String> toCheck) {
        return new AdviceFlag(rule.id(), title, reason, facts, toCheck);
    }

    /** A fact that may not be known, as the explanation states it. */
    static String describe(Boolean value) {
        return value == null ? "not known" : value ? "yes" : "no";
    }
}
