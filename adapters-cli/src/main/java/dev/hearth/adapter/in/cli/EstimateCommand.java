package dev.hearth.adapter.in.cli;

import dev.hearth.application.port.in.estimate.EstimateUniversalCreditQuery;
import dev.hearth.domain.uc.UcEstimateRequest;
import picocli.CommandLine.Command;

/** {@code hearth estimate universal-credit --input case.json}: the REST estimate, offline. */
@Command(name = "estimate", mixinStandardHelpOptions = true,
        description = "Run an estimate offline and print the JSON the REST API would answer.",
        subcommands = EstimateCommand.UniversalCredit.class)
final class EstimateCommand implements Runnable {

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code hearth estimate universal-credit}. */
    @Command(name = "universal-credit", mixinStandardHelpOptions = true,
            description = {"Estimate Universal Credit for one assessment period from a case file (the body of "
                    + "POST /v1/estimates/universal-credit) and print the result with its explanation.",
                    "Exit codes: 0 estimate printed (a nil award is an estimate), 2 invalid case (problem JSON on "
                            + "standard error)."})
    static final class UniversalCredit extends CalculationCommand<UcEstimateRequest> {
        UniversalCredit() {
            super(UcEstimateRequest.class);
        }

        @Override
        Object calculate(UcEstimateRequest request) {
            return HearthCommandLine.backend(spec).estimateUniversalCredit()
                    .estimate(new EstimateUniversalCreditQuery(request));
        }
    }
}
