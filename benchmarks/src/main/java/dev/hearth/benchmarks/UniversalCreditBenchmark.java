package dev.hearth.benchmarks;

import dev.hearth.domain.explain.ExplanationBuilder;
import dev.hearth.domain.explain.ExplanationText;
import dev.hearth.domain.housing.HousingCostsElement;
import dev.hearth.domain.housing.HousingCostsInput;
import dev.hearth.domain.housing.HousingCostsResult;
import dev.hearth.domain.housing.HousingRates;
import dev.hearth.domain.rates.UcRatesSchedule;
import dev.hearth.domain.timing.AssessmentPeriod;
import dev.hearth.domain.timing.PaymentTiming;
import dev.hearth.domain.timing.UcPaymentTiming;
import dev.hearth.domain.housing.HousingCostsInput.HousingPayment;
import dev.hearth.domain.housing.HousingCostsInput.NonDependant;
import dev.hearth.domain.housing.LhaCategory;
import dev.hearth.domain.housing.LhaSource;
import dev.hearth.domain.housing.RentFrequency;
import dev.hearth.domain.housing.Sex;
import dev.hearth.domain.housing.Tenure;
import dev.hearth.domain.money.Pence;
import dev.hearth.domain.place.Nation;
import dev.hearth.domain.uc.Child;
import dev.hearth.domain.uc.Claimant;
import dev.hearth.domain.uc.DisabledChildRate;
import dev.hearth.domain.uc.RentedHome;
import dev.hearth.domain.uc.UcEstimate;
import dev.hearth.domain.uc.UcEstimateRequest;
import dev.hearth.domain.uc.UniversalCredit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The full Universal Credit estimate, explanation included, for a representative household (issue 3's couple with two
 * children, private rent, a non-dependant, earnings and capital). Results go to docs/performance.md.
 *
 * <pre>
 * ./mvnw -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar UniversalCreditBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class UniversalCreditBenchmark {

    private UcEstimateRequest household;
    private HousingCostsInput housingInput;
    private HousingRates housingRates;
    private UcEstimateRequest householdWithoutHousing;

    @Setup
    public void setUp() {
        Claimant first = Claimant.of(LocalDate.parse("2001-09-30"), Pence.ofPounds("1200.00"));
        Claimant second = Claimant.of(LocalDate.parse("1995-01-20"), Pence.ofPounds("300.00"));
        Child older = Child.of(LocalDate.parse("2016-05-01"), Sex.FEMALE);
        Child younger = Child.of(LocalDate.parse("2019-09-12"), Sex.FEMALE).withDisabledChildRate(DisabledChildRate.LOWER);
        RentedHome home = new RentedHome(Tenure.PRIVATE,
                new HousingPayment(Pence.ofPounds("950.00"), RentFrequency.MONTHLY), null, null, 3, false, null, false,
                new LhaSource.Supplied(Map.of(LhaCategory.TWO_BEDROOMS, Pence.ofPounds("875.00"),
                        LhaCategory.THREE_BEDROOMS, Pence.ofPounds("950.00"))));
        NonDependant adultSon = new NonDependant(LocalDate.parse("2002-11-03"), Sex.MALE, Set.of(),
                false, false, false, false, false, false, false);
        household = UcEstimateRequest.couple(LocalDate.parse("2026-05-14"), Nation.ENGLAND, first, second)
                .withChildren(List.of(older, younger))
                .withHousing(home)
                .withNonDependants(List.of(adultSon))
                .withCapital(Pence.ofPounds("7400.00"));
        householdWithoutHousing = household.withHousing(null).withNonDependants(List.of());
        housingRates = UniversalCredit.housingRatesFor(UcRatesSchedule.forPeriodStarting(household.assessmentPeriodStart()).orElseThrow());
        housingInput = new HousingCostsInput(Tenure.PRIVATE, home.rent(), null, null, 3, false,
                List.of(new HousingCostsInput.Claimant(first.dateOfBirth(), false, Set.of(), false, false, false, null),
                        new HousingCostsInput.Claimant(second.dateOfBirth(), false, Set.of(), false, false, false, null)),
                List.of(new HousingCostsInput.Child(older.dateOfBirth(), Sex.FEMALE, Set.of(), false, false),
                        new HousingCostsInput.Child(younger.dateOfBirth(), Sex.FEMALE, Set.of(), false, false)),
                List.of(adultSon), null, false, home.lha());
    }

    /** For comparison: the payment-timing engine alone (timing branch), with its explanation. */
    @Benchmark
    public PaymentTiming paymentTimingOnly() {
        return UcPaymentTiming.forPeriod(AssessmentPeriod.startingOn(household.assessmentPeriodStart()), Nation.ENGLAND);
    }

    /** For comparison: the housing costs element alone (housing branch), with its explanation. */
    @Benchmark
    public HousingCostsResult housingOnly() {
        return HousingCostsElement.calculate(housingInput, housingRates, household.assessmentPeriodStart(),
                new ExplanationBuilder("bench"));
    }

    /** For comparison: the same household with no housing costs, so the housing engine is not run. */
    @Benchmark
    public UcEstimate estimateWithoutHousing() {
        return UniversalCredit.estimate(householdWithoutHousing);
    }

    /**
     * One complete estimate: validation, rates, housing, means test, cap, timing, and the explanation. The explanation
     * is complete, but the text of most steps is written when it is first read (see {@link #estimateAndRender}).
     */
    @Benchmark
    public UcEstimate estimateWithExplanation() {
        return UniversalCredit.estimate(household);
    }

    /**
     * The estimate and its explanation rendered as text (the golden-file format), so that every step's text is
     * written: the cost for a caller that reads the whole explanation, e.g. to show or store it.
     */
    @Benchmark
    public String estimateAndRender() {
        return ExplanationText.render(UniversalCredit.estimate(household).explanation());
    }
}
