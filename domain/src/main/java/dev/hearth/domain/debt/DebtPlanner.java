package dev.hearth.domain.debt;

import dev.hearth.domain.explain.AssumptionSource;
import dev.hearth.domain.explain.ExplanationBuilder;
import dev.hearth.domain.money.RoundingRule;
import dev.hearth.domain.validation.Violations;

import java.util.ArrayList;
import java.util.List;

/**
 * The debt priority planner: which bill first, and what each creditor can be offered each month.
 *
 * <p>Entry point: {@link #plan(DebtPlanRequest)}. Pure and deterministic: no clock, no shared state; the same request
 * always gives the same plan and explanation.
 *
 * <p>What it does, in order (rule ids in {@link DebtRules}; each step is one file, listed in
 * {@code docs/rules/debts.md}):
 * <ol>
 *   <li>Classifies each debt from the table ({@link DebtClassifications}) for its type and nation, or from an adviser's
 *       classification where the type is contested ({@code DebtClassifier}).</li>
 *   <li>Reads each debt's enforcement events: stale ones age out, and the next irreversible step gives the urgency
 *       ({@code EnforcementAssessment}, {@code EnforcementLadder}).</li>
 *   <li>Orders the debts: emergencies first (most severe next step, then earliest), then other enforcement under way
 *       (earliest, then most severe), then home, liberty, essential services, essential goods, other priority,
 *       non-priority; ties by larger balance, then input order ({@code PriorityOrder}).</li>
 *   <li>Works out the monthly budget: income less essential spending (SFS-shaped, the household's own figures;
 *       {@code MonthlyBudget}).</li>
 *   <li>Pays priority instalments group by group (enforcement under way, home and liberty, essential supplies, other),
 *       sharing in proportion within a group the money cannot cover; priority debts with no stated instalment share
 *       what is left by arrears ({@code PriorityPayments}).</li>
 *   <li>Shares what remains among non-priority creditors pro rata to balance: each share rounded down to the penny
 *       ({@link RoundingRule#DOWN_TO_PENNY}), then the pennies left over given one each to the largest fractions cut off
 *       (largest-remainder rule), so the shares add up exactly; token payments when too little is left
 *       ({@code NonPriorityPayments}, {@code ProRataShares}).</li>
 *   <li>Raises advice flags (Breathing Space, Scottish moratorium, Debt Relief Order, formal options, budget warnings)
 *       with the facts and figures ({@link DebtThresholds}, {@code DebtAdviceFigures}) behind them
 *       ({@code AdviceFlags}).</li>
 *   <li>Lists, for each debt option of the nation, the debts it would and would not cover, with the legislation
 *       ({@code DebtOptions}).</li>
 * </ol>
 */
public final class DebtPlanner {

    private DebtPlanner() {
    }

    /**
     * Makes the plan.
     *
     * @throws dev.hearth.domain.validation.InvalidInputException with every violation found, field paths as the caller
     *         named them (for example {@code debts[2].balancePence}); {@code planDate} with {@code rates_not_available}
     *         before the first thresholds version
     */
    public static DebtPlan plan(DebtPlanRequest request) {
        Violations violations = new Violations();
        List<ClassifiedDebt> debts = DebtPlanValidator.validate(request, violations);
        violations.throwIfAny();
        DebtThresholds thresholds = DebtThresholds.forDate(request.planDate());
        DebtAdviceFigures figures = DebtAdviceFigures.forDate(request.planDate());
        ExplanationBuilder explanation = new ExplanationBuilder(DebtRules.RULESET_VERSION);

        DebtClassifier.explain(debts, request.nation(), explanation);
        for (ClassifiedDebt c : debts) {
            c.enforcement = EnforcementAssessment.assess(c, request.planDate(), explanation);
        }
        List<ClassifiedDebt> ordered = PriorityOrder.order(debts, explanation);
        MonthlyBudget budget = MonthlyBudget.of(request, explanation);
        PriorityPayments priority = PriorityPayments.pay(ordered, budget.available(), explanation);
        PaymentAllocation allocation = NonPriorityPayments.share(ordered, priority, request.tokenPaymentPence(), explanation);
        List<AdviceFlag> flags = AdviceFlags.raise(request, ordered, budget, allocation, thresholds, figures,
                explanation);

        List<OptionCoverage> options = DebtOptions.coverage(ordered, request.nation(), explanation);

        explanation.assume("debt.figures_user_supplied", AssumptionSource.USER_SUPPLIED,
                "Income, spending and balances are as entered. Spending is not compared with the Standard "
                        + "Financial Statement spending guidelines (trigger figures), which are licensed to SFS "
                        + "members and not held by Hearth.");
        return new DebtPlan(request.planDate(), request.nation(), planned(ordered), debtBudget(budget, allocation),
                flags, explanation.build(), options);
    }

    private static List<PlannedDebt> planned(List<ClassifiedDebt> ordered) {
        List<PlannedDebt> planned = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            ClassifiedDebt c = ordered.get(i);
            EnforcementAssessment e = c.enforcement;
            Enforcement deciding = e.deciding();
            planned.add(new PlannedDebt(i + 1, c.input.id(), c.type, c.status, c.category, c.sanction, c.source,
                    c.confidence, c.basis, c.table.contested(), c.justification, c.imminent(),
                    deciding == null ? null : deciding.action(), deciding == null ? null : deciding.date(),
                    c.balance(), c.payment, c.paymentBasis, c.unmet, c.monthsToClear(), e.level(), e.nextStep(),
                    e.nextStepDate(), e.stale()));
        }
        return planned;
    }

    private static DebtBudget debtBudget(MonthlyBudget budget, PaymentAllocation allocation) {
        return new DebtBudget(budget.income(), budget.ongoingPriority(), budget.otherEssential(), budget.available(),
                allocation.priorityPaid(), allocation.availableForNonPriority(), allocation.nonPriorityPaid(),
                allocation.unallocated(), allocation.tokensBeyondBudget(), allocation.method());
    }
}
