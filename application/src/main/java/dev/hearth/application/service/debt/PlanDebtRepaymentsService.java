package dev.hearth.application.service.debt;

import dev.hearth.application.error.InvalidInputTranslator;
import dev.hearth.application.port.in.debt.PlanDebtRepaymentsQuery;
import dev.hearth.application.port.in.debt.PlanDebtRepaymentsUseCase;
import dev.hearth.domain.debt.DebtPlan;
import dev.hearth.domain.debt.DebtPlanner;
import dev.hearth.domain.validation.InvalidInputException;

/** Runs the pure debt planner; stateless. */
public final class PlanDebtRepaymentsService implements PlanDebtRepaymentsUseCase {

    @Override
    public DebtPlan plan(PlanDebtRepaymentsQuery query) {
        try {
            return DebtPlanner.plan(query.request());
        } catch (InvalidInputException e) {
            throw InvalidInputTranslator.translate(e);
        }
    }
}
