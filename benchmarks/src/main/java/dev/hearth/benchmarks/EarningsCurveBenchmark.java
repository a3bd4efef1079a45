package dev.hearth.benchmarks;

import dev.hearth.domain.housing.HousingCostsInput.HousingPayment;
import dev.hearth.domain.housing.RentFrequency;
import dev.hearth.domain.housing.Sex;
import dev.hearth.domain.housing.Tenure;
import dev.hearth.domain.money.Pence;
import dev.hearth.domain.place.Nation;
import dev.hearth.domain.uc.Child;
import dev.hearth.domain.uc.Claimant;
import dev.hearth.domain.uc.RentedHome;
import dev.hearth.domain.uc.UcEstimateRequest;
import dev.hearth.domain.uc.whatif.EarningsCurve;
import dev.hearth.domain.uc.whatif.EarningsCurveRequest;
import dev.hearth.domain.uc.whatif.EarningsCurves;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The earnings curve of 1,000 points (issue 19's target: answered over HTTP in under 20 ms): the engine part alone.
 * The household is {@code docs/examples/earnings-curve.json}'s (single parent, one child, social rent £500 a month)
 * from £0 to £3,000 a month, where two thresholds are found to the penny; and a London family whom the benefit cap
 * reaches, whose curve crosses the cap's earnings exception. Results go to docs/performance.md.
 *
 * <pre>
 * ./mvnw -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar EarningsCurveBenchmark -f 3 -wi 5 -i 5 -w 1s -r 1s -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EarningsCurveBenchmark {

    private static final LocalDate PERIOD = LocalDate.of(2026, 5, 14);

    private final EarningsCurveRequest singleParent = thousandPoints(household(1, "500", 2, false));
    private final EarningsCurveRequest cappedFamily = thousandPoints(household(3, "1400", 3, true));

    private static UcEstimateRequest household(int children, String rent, int bedrooms, boolean london) {
        List<Child> kids = new java.util.ArrayList<>();
        for (int i = 0; i < children; i++) {
            kids.add(Child.of(LocalDate.of(2018 + i, 3, 1), i % 2 == 0 ? Sex.FEMALE : Sex.MALE));
        }
        return UcEstimateRequest.single(PERIOD, Nation.ENGLAND, Claimant.of(LocalDate.of(1996, 1, 10), Pence.ZERO))
                .withChildren(kids).withLivesInGreaterLondon(london)
                .withHousing(new RentedHome(Tenure.SOCIAL, new HousingPayment(Pence.ofPounds(rent),
                        RentFrequency.MONTHLY), null, null, bedrooms, false, null, false, null));
    }

    private static EarningsCurveRequest thousandPoints(UcEstimateRequest household) {
        return new EarningsCurveRequest(household, 0, Pence.ZERO, Pence.ofPounds("3000"), null, 1_000, null);
    }

    /** 1,000 whole estimates, two threshold searches, the shared explanation. */
    @Benchmark
    public EarningsCurve thousandPointsSingleParent() {
        return EarningsCurves.draw(singleParent);
    }

    /** The same for a capped London family (the cap's earnings exception is found on the way). */
    @Benchmark
    public EarningsCurve thousandPointsCappedFamily() {
        return EarningsCurves.draw(cappedFamily);
    }
}
