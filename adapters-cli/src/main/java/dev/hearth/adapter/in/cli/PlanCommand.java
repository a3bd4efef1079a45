package dev.hearth.adapter.in.cli;

import dev.hearth.application.port.in.debt.PlanDebtRepaymentsQuery;
import dev.hearth.domain.debt.DebtPlanRequest;
import picocli.CommandLine.Command;

/** {@code hearth plan debts --input case.json}: the REST debt plan, offline. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Make a plan offline and print the JSON the REST API would answer.",
        subcommands = PlanCommand.Debts.class)
final class PlanCommand implements Runnable {

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code hearth plan debts}. */
    @Command(name = "debts", mixinStandardHelpOptions = true,
            description = {"Order debts by priority and plan payments from a case file (the body of "
                    + "POST /v1/plans/debts) and print the plan with its explanation.",
                    "Exit codes: 0 plan printed, 2 invalid case (problem JSON on standard error)."})
    static final class Debts extends CalculationCommand<DebtPlanRequest> {
        Debts() {
            super(DebtPlanRequest.class);
        }

        @Override
        Object calculate(DebtPlanRequest request) {
            return HearthCommandLine.backend(spec).planDebtRepayments()
                    .plan(new PlanDebtRepaymentsQuery(request));
        }
    }
}
