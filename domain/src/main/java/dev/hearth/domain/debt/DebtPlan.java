package dev.hearth.domain.debt;

import dev.hearth.domain.explain.Explanation;
import dev.hearth.domain.place.Nation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A debt priority plan: the debts in the order to deal with them, what each is offered each month, the budget behind
 * it, flags for specialist advice, and how it was all worked out.
 *
 * @param planDate    the date the plan was made for
 * @param nation      the nation whose rules were used
 * @param debts       every debt, in priority order (rank 1 first)
 * @param budget      the monthly budget
 * @param flags       advice flags, possibly none
 * @param explanation ruleset version, steps with rule ids and legal references, and assumptions
 * @param options     for each debt option of the nation, the debts it would and would not cover, with the legislation
 */
public record DebtPlan(LocalDate planDate, Nation nation, List<PlannedDebt> debts, DebtBudget budget,
                       List<AdviceFlag> flags, Explanation explanation, List<OptionCoverage> options) {
    public DebtPlan {
        Objects.requireNonNull(planDate, "planDate");
        Objects.requireNonNull(nation, "nation");
        debts = List.copyOf(debts);
        Objects.requireNonNull(budget, "budget");
        flags = List.copyOf(flags);
        Objects.requireNonNull(explanation, "explanation");
        options = List.copyOf(options);
    }
}
