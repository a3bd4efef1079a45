package dev.hearth.domain.housing;

import dev.hearth.domain.explain.GoldenExplanations;
import dev.hearth.domain.explain.ExplanationBuilder;
import dev.hearth.domain.housing.HousingCostsInput.Child;
import dev.hearth.domain.housing.HousingCostsInput.NonDependant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Stream;

import static dev.hearth.domain.housing.HousingFixtures.RATES_2026_27;
import static dev.hearth.domain.housing.HousingFixtures.privateRent;
import static dev.hearth.domain.housing.HousingFixtures.social;

/**
 * Whole explanations for representative households, compared with golden files under
 * {@code src/test/resources/golden/housing/}. A change in reasoning shows as a diff in review. To accept a deliberate
 * change, run {@code ./mvnw -B -q -pl domain test -Dtest=HousingGoldenExplanationTest -Dgolden.update=true} and
 * review and commit the rewritten files.
 */
class HousingGoldenExplanationTest {

    private static final LocalDate PERIOD = LocalDate.of(2026, 5, 14);

    static Stream<Arguments> households() {
        return Stream.of(
                // issue 3's example: couple 24 and 31, girls born 2016-05-01 and 2019-09-12 (the younger on DLA care
                // lowest rate), private rent 950 a month, non-dependant aged 23; caller supplies 2- and 3-bed LHA
                Arguments.of("private-couple-two-girls-non-dependant", privateRent("950.00")
                        .claimant(LocalDate.of(2002, 1, 10)).claimant(LocalDate.of(1995, 3, 2))
                        .child(LocalDate.of(2016, 5, 1), Sex.FEMALE)
                        .child(new Child(LocalDate.of(2019, 9, 12), Sex.FEMALE, Set.of(DisabilityBenefit.DLA_CARE_LOWEST),
                                false, false))
                        .nonDependant(LocalDate.of(2003, 2, 1))
                        .lha(LhaCategory.TWO_BEDROOMS, "875.00", LhaCategory.THREE_BEDROOMS, "950.00").build()),
                // social couple, weekly rent and service charges, a son of 12, a non-dependant son of 22 and an exempt
                // non-dependant daughter of 23 on PIP daily living: entitled to 4 bedrooms, the home has 5 (one spare)
                Arguments.of("social-couple-spare-bedroom-non-dependants", social("0.00", 3)
                        .rent("112.40", RentFrequency.WEEKLY).serviceCharges("6.25", RentFrequency.WEEKLY)
                        .claimant(LocalDate.of(1978, 8, 20)).claimant(LocalDate.of(1980, 11, 5))
                        .child(LocalDate.of(2014, 2, 14), Sex.MALE)
                        .nonDependant(LocalDate.of(2004, 1, 9))
                        .nonDependant(new NonDependant(LocalDate.of(2003, 3, 3), Sex.FEMALE,
                                Set.of(DisabilityBenefit.PIP_DAILY_LIVING_STANDARD), false, false, false, false, false,
                                false, false))
                        .bedrooms(5).build()),
                // single renter of 27 in Leeds, no exception: shared accommodation rate from Hearth's LHA table
                Arguments.of("private-single-under-35-lha-table", privateRent("525.00")
                        .claimant(LocalDate.of(1999, 4, 30)).brma("Leeds").build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("households")
    void explanation_matches_its_golden_file(String name, HousingCostsInput input) throws IOException {
        ExplanationBuilder builder = new ExplanationBuilder(HousingRules.RULESET_VERSION);
        HousingCostsElement.calculate(input, RATES_2026_27, PERIOD, builder);
        GoldenExplanations.assertMatches("housing/" + name + ".txt", builder.build());
    }
}
