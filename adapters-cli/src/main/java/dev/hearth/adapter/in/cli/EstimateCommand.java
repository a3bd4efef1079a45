package dev.hearth.adapter.in.cli;

import dev.hearth.application.port.in.estimate.CompareCircumstancesQuery;
import dev.hearth.application.port.in.estimate.DrawEarningsCurveQuery;
import dev.hearth.application.port.in.estimate.EstimateUniversalCreditQuery;
import dev.hearth.domain.uc.UcEstimateRequest;
import dev.hearth.domain.uc.whatif.CircumstancesComparisonRequest;
import dev.hearth.domain.uc.whatif.EarningsCurveRequest;
import picocli.CommandLine.Command;

/**
 * {@code hearth estimate universal-credit --input case.json}: the REST estimate, offline; {@code earnings-curve} and
 * {@code comparison} answer the what-if routes the same way.
 */
@Command(name = "estimate", mixinStandardHelpOptions = true,
        description = "Run an estimate offline and print the JSON the REST API would answer.",
        subcommands = {EstimateCommand.UniversalCredit.class, EstimateCommand.EarningsCurve.class,
                EstimateCommand.Comparison.class})
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

    /** {@code hearth estimate earnings-curve}. */
    @Command(name = "earnings-curve", mixinStandardHelpOptions = true,
            description = {"Universal Credit and net income as one adult's earnings rise, from a case file (the body "
                    + "of POST /v1/estimates/universal-credit/earnings-curve), printed as the JSON that route answers.",
                    "Exit codes: 0 curve printed, 2 invalid case (problem JSON on standard error)."})
    static final class EarningsCurve extends CalculationCommand<EarningsCurveRequest> {
        EarningsCurve() {
            super(EarningsCurveRequest.class);
        }

        @Override
        Object calculate(EarningsCurveRequest request) {
            return HearthCommandLine.backend(spec).drawEarningsCurve().draw(new DrawEarningsCurveQuery(request));
        }
    }

    /** {@code hearth estimate comparison}. */
    @Command(name = "comparison", mixinStandardHelpOptions = true,
            description = {"What changes of circumstances do to Universal Credit and from which assessment period, "
                    + "from a case file (the body of POST /v1/estimates/universal-credit/comparison), printed as the "
                    + "JSON that route answers.",
                    "Exit codes: 0 comparison printed, 2 invalid case (problem JSON on standard error)."})
    static final class Comparison extends CalculationCommand<CircumstancesComparisonRequest> {
        Comparison() {
            super(CircumstancesComparisonRequest.class);
        }

        @Override
        Object calculate(CircumstancesComparisonRequest request) {
            return HearthCommandLine.backend(spec).compareCircumstances()
                    .compare(new CompareCircumstancesQuery(request));
        }
    }
}
