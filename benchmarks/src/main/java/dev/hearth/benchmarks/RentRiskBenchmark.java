package dev.hearth.benchmarks;

import dev.hearth.domain.housing.RentFrequency;
import dev.hearth.domain.housing.Tenure;
import dev.hearth.domain.money.Pence;
import dev.hearth.domain.place.Nation;
import dev.hearth.domain.rent.RentRiskAssessment;
import dev.hearth.domain.rent.RentRiskAssessor;
import dev.hearth.domain.rent.RentRiskRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

/**
 * A full rent-risk assessment with explanation: England, private, monthly rent, UC payment dates from the assessment
 * periods through the timing engine (bank holidays), a 24-month projection crossing 1 May 2026, the amended Ground 8
 * with the UC disregard, managed payment and deduction band. The second benchmark uses a supplied payment date.
 *
 * <p>Reproduce: see docs/performance.md, section "Debts and rent risk".
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RentRiskBenchmark {

    private final RentRiskRequest withAssessmentPeriods = new RentRiskRequest(LocalDate.of(2026, 4, 20),
            Nation.ENGLAND, Tenure.PRIVATE, null, Pence.ofPounds("875.00"), RentFrequency.MONTHLY,
            LocalDate.of(2026, 5, 1), Pence.ofPounds("1450.00"), false, Pence.ofPounds("700.00"), null,
            LocalDate.of(2026, 3, 28), Pence.ofPounds("50.00"), Pence.ofPounds("424.90"), false);

    private final RentRiskRequest withPaymentDate = new RentRiskRequest(LocalDate.of(2026, 6, 2), Nation.ENGLAND,
            Tenure.PRIVATE, null, Pence.ofPounds("200.00"), RentFrequency.WEEKLY, LocalDate.of(2026, 6, 8),
            Pence.ofPounds("600.00"), false, Pence.ofPounds("700.00"), LocalDate.of(2026, 6, 15), null, null,
            Pence.ofPounds("424.90"), false);

    /** Payment dates worked out by the timing engine, with bank holidays. */
    @Benchmark
    public RentRiskAssessment assessWithAssessmentPeriods() {
        return RentRiskAssessor.assess(withAssessmentPeriods);
    }

    /** Weekly rent with a supplied next UC payment date. */
    @Benchmark
    public RentRiskAssessment assessWeeklyWithPaymentDate() {
        return RentRiskAssessor.assess(withPaymentDate);
    }
}
