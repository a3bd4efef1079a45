package dev.hearth.domain.uc;

import dev.hearth.domain.explain.GoldenExplanations;
import dev.hearth.domain.housing.RentFrequency;
import dev.hearth.domain.housing.Sex;
import dev.hearth.domain.place.Nation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

import static dev.hearth.domain.uc.UcFixtures.MAY_2025;
import static dev.hearth.domain.uc.UcFixtures.MAY_2026;
import static dev.hearth.domain.uc.UcFixtures.aged;
import static dev.hearth.domain.uc.UcFixtures.d;
import static dev.hearth.domain.uc.UcFixtures.p;

/**
 * Whole explanations for representative households, compared with golden files under
 * {@code src/test/resources/golden/uc/}, so a change in reasoning shows as a diff in review. To accept a deliberate
 * change, run {@code ./mvnw -B -q -pl domain test -Dtest=UcGoldenExplanationTest -Dgolden.update=true}, review the diff
 * and commit the rewritten files. The files include the housing and timing engines' steps, so a change there shows too.
 */
class UcGoldenExplanationTest {


    static Stream<Arguments> households() {
        return Stream.of(
                // issue 3: couple 24 and 31, two children, private rent, a non-dependant, earnings and capital
                Arguments.of("issue-example-couple-private-rent-2026", UcFixtures.issueExample()),
                // 2025-26: single parent of three (two-child limit), childcare, child benefit, London, capped
                Arguments.of("single-parent-three-children-london-capped-2025", UcEstimateRequest.single(MAY_2025,
                                Nation.ENGLAND, aged(29, MAY_2025, "400.00"))
                        .withLivesInGreaterLondon(true)
                        .withChildren(List.of(Child.of(d("2018-03-01"), Sex.MALE), Child.of(d("2020-07-01"), Sex.FEMALE),
                                Child.of(d("2022-11-01"), Sex.MALE)))
                        .withHousing(UcFixtures.socialRent("480.00", RentFrequency.WEEKLY, 2))
                        .withChildcare(new Childcare(p("300.00"), 1))
                        .withOtherIncome(List.of(new OtherIncome(OtherIncomeType.CHILD_BENEFIT, p("230.00"))))),
                // 2026-27: couple, LCWRA (protected) and a carer, social rent with a spare bedroom, deductions
                Arguments.of("couple-lcwra-carer-social-rent-deductions-2026", UcEstimateRequest.couple(MAY_2026, Nation.WALES,
                                aged(52, MAY_2026, "0").withWorkCapability(WorkCapability.LCWRA, LcwraRate.PRE_2026_CLAIMANT),
                                aged(49, MAY_2026, "250.00").withCarer(true))
                        .withHousing(UcFixtures.socialRent("105.50", RentFrequency.WEEKLY, 2))
                        .withCapital(p("6100.00"))
                        .withDeductions(List.of(new DeductionRequest(DeductionType.RENT_ARREARS, null),
                                new DeductionRequest(DeductionType.ADVANCE_REPAYMENT, p("80.00")),
                                new DeductionRequest(DeductionType.WATER_CHARGES, p("12.50"))))),
                // nil award: capital above £16,000
                Arguments.of("nil-award-capital-above-limit-2026", UcFixtures.single(MAY_2026, 35, "0")
                        .withCapital(p("16000.01"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("households")
    void explanation_matches_its_golden_file(String name, UcEstimateRequest request) throws IOException {
        GoldenExplanations.assertMatches("uc/" + name + ".txt", UniversalCredit.estimate(request).explanation());
    }
}
