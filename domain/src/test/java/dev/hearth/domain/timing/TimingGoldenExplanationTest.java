package dev.hearth.domain.timing;

import dev.hearth.domain.explain.GoldenExplanations;
import dev.hearth.domain.explain.Explanation;
import dev.hearth.domain.place.Nation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.time.LocalDate;
import java.util.stream.Stream;


/**
 * Whole explanations for representative cases, compared with golden files under
 * {@code src/test/resources/golden/timing/}. A change in reasoning shows as a diff in review. To accept a deliberate
 * change, run {@code ./mvnw -B -q -pl domain test -Dtest=TimingGoldenExplanationTest -Dgolden.update=true} and commit
 * the rewritten files.
 */
class TimingGoldenExplanationTest {


    static Stream<Arguments> cases() {
        return Stream.of(
                // uk-rules.md 1.6: claim 8 March, period ends 7 April, paid 14 April
                Arguments.of("new-claim-8-march-2026-england",
                        UcPaymentTiming.forNewClaim(LocalDate.of(2026, 3, 8), Nation.ENGLAND).explanation()),
                // reg 21(2)(a) first period plus a Christmas move
                Arguments.of("new-claim-31-january-2026-wales",
                        UcPaymentTiming.forNewClaim(LocalDate.of(2026, 1, 31), Nation.WALES).explanation()),
                // Scottish 2 January substitute day 2027, moved across the year end
                Arguments.of("period-ending-2026-12-28-scotland",
                        UcPaymentTiming.forPeriod(new AssessmentPeriod(LocalDate.of(2026, 11, 29),
                                LocalDate.of(2026, 12, 28)), Nation.SCOTLAND).explanation()),
                // 12 July 2027 in Northern Ireland, from the provisional 2027 list
                Arguments.of("period-ending-2027-07-05-northern-ireland",
                        UcPaymentTiming.forPeriod(new AssessmentPeriod(LocalDate.of(2027, 6, 6),
                                LocalDate.of(2027, 7, 5)), Nation.NORTHERN_IRELAND).explanation()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void explanation_matches_its_golden_file(String name, Explanation explanation) throws IOException {
        GoldenExplanations.assertMatches("timing/" + name + ".txt", explanation);
    }
}
