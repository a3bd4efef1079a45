package dev.hearth.application.port.in.debt;

import dev.hearth.application.error.ApplicationException;
import dev.hearth.application.error.ErrorCode;
import dev.hearth.application.error.FieldError;
import dev.hearth.domain.debt.DebtPlanRequest;

import java.util.List;

/** Income, essential spending and debts, as the domain planner takes them. */
public record PlanDebtRepaymentsQuery(DebtPlanRequest request) {
    public PlanDebtRepaymentsQuery {
        if (request == null) {
            throw new ApplicationException(ErrorCode.VALIDATION_FAILED, "A request body is required.",
                    List.of(new FieldError("$", "required", "income, spending and debts are required")));
        }
    }
}
