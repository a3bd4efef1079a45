package dev.hearth.adapter.in.cli;

import dev.hearth.application.port.in.rent.AssessRentRiskQuery;
import dev.hearth.domain.rent.RentRiskRequest;
import picocli.CommandLine.Command;

/** {@code hearth assess rent-risk --input case.json}: the REST rent-risk assessment, offline. */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = "Run an assessment offline and print the JSON the REST API would answer.",
        subcommands = AssessCommand.RentRisk.class)
final class AssessCommand implements Runnable {

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code hearth assess rent-risk}. */
    @Command(name = "rent-risk", mixinStandardHelpOptions = true,
            description = {"Assess rent-arrears risk from a case file (the body of POST /v1/assessments/rent-risk) "
                    + "and print the assessment with its explanation.",
                    "Exit codes: 0 assessment printed, 2 invalid case (problem JSON on standard error)."})
    static final class RentRisk extends CalculationCommand<RentRiskRequest> {
        RentRisk() {
            super(RentRiskRequest.class);
        }

        @Override
        Object calculate(RentRiskRequest request) {
            return HearthCommandLine.backend(spec).assessRentRisk()
                    .assess(new AssessRentRiskQuery(request));
        }
    }
}
