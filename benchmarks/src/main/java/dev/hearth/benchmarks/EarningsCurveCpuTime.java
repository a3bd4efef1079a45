package dev.hearth.benchmarks;

import dev.hearth.domain.uc.whatif.EarningsCurve;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * The CPU time of one 1,000-point earnings curve ({@link EarningsCurveBenchmark}), for a machine too loaded for JMH's
 * wall-clock times to mean much (see {@link UniversalCreditCpuTime}). Prints the median, lowest and highest
 * microseconds per curve for each household.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.hearth.benchmarks.EarningsCurveCpuTime [rounds] [curvesPerRound]
 * </pre>
 */
public final class EarningsCurveCpuTime {

    private EarningsCurveCpuTime() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int perRound = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        EarningsCurveBenchmark benchmark = new EarningsCurveBenchmark();
        measure("single parent", rounds, perRound, benchmark, true);
        measure("capped London family", rounds, perRound, benchmark, false);
    }

    private static void measure(String name, int rounds, int perRound, EarningsCurveBenchmark benchmark,
                                boolean singleParent) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] microsPerCurve = new long[rounds];
        long sink = 0;
        for (int round = -8; round < rounds; round++) {
            long before = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < perRound; i++) {
                EarningsCurve curve = singleParent ? benchmark.thousandPointsSingleParent()
                        : benchmark.thousandPointsCappedFamily();
                sink += curve.points().size();
            }
            long spent = threads.getCurrentThreadCpuTime() - before;
            if (round >= 0) {
                microsPerCurve[round] = spent / perRound / 1_000;
            }
        }
        Arrays.sort(microsPerCurve);
        System.out.printf("%s %s, %s: CPU us per 1,000-point curve: median %d, lowest %d, highest %d (%d rounds of %d; "
                        + "check %d)%n", System.getProperty("java.vm.name"), System.getProperty("java.version"), name,
                microsPerCurve[rounds / 2], microsPerCurve[0], microsPerCurve[rounds - 1], rounds, perRound, sink);
    }
}
