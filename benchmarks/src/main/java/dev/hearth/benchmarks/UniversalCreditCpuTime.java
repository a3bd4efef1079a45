package dev.hearth.benchmarks;

import dev.hearth.domain.uc.UcEstimate;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * The CPU time of one {@code UniversalCreditBenchmark.estimateWithExplanation} call, for a machine too loaded for JMH's
 * wall-clock times to mean much: the thread's own CPU time ({@link ThreadMXBean#getCurrentThreadCpuTime}) does not
 * count the time it waits while other processes run. Runs the benchmark's household in rounds after warm-up rounds
 * and prints the median, lowest and highest nanoseconds per estimate. Not a JMH benchmark: use it beside JMH, never
 * instead of it, and start a fresh JVM for each figure (the JIT's choices vary by a few percent between starts).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.hearth.benchmarks.UniversalCreditCpuTime [rounds] [estimatesPerRound]
 * </pre>
 */
public final class UniversalCreditCpuTime {

    private UniversalCreditCpuTime() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int perRound = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
        int warmUpRounds = 8;
        UniversalCreditBenchmark benchmark = new UniversalCreditBenchmark();
        benchmark.setUp();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] nanosPerEstimate = new long[rounds];
        long sink = 0;
        for (int round = -warmUpRounds; round < rounds; round++) {
            long before = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < perRound; i++) {
                UcEstimate estimate = benchmark.estimateWithExplanation();
                sink += estimate.awardPence().value();
            }
            long spent = threads.getCurrentThreadCpuTime() - before;
            if (round >= 0) {
                nanosPerEstimate[round] = spent / perRound;
            }
        }
        Arrays.sort(nanosPerEstimate);
        System.out.printf("%s %s: CPU ns per estimate with explanation: median %d, lowest %d, highest %d (%d rounds of %d; "
                        + "check %d)%n", System.getProperty("java.vm.name"), System.getProperty("java.version"),
                nanosPerEstimate[rounds / 2], nanosPerEstimate[0], nanosPerEstimate[rounds - 1], rounds, perRound, sink);
    }
}
