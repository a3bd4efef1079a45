package dev.hearth.domain.uc;

import dev.hearth.domain.explain.ExplanationText;
import dev.hearth.domain.housing.HousingCostsInput.HousingPayment;
import dev.hearth.domain.housing.HousingCostsInput.NonDependant;
import dev.hearth.domain.housing.LhaCategory;
import dev.hearth.domain.housing.LhaSource;
import dev.hearth.domain.housing.RentFrequency;
import dev.hearth.domain.housing.Sex;
import dev.hearth.domain.housing.Tenure;
import dev.hearth.domain.money.Pence;
import dev.hearth.domain.place.Nation;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the code of the complete example in {@code docs/domain-java-api.md} as written there, and checks that
 * the document's hand-worked figures are the ones the engine gives.
 */
class UcApiDocExampleTest {

    private static final Path DOC = Path.of("..", "docs", "domain-java-api.md");

    @Test
    void the_documented_example_runs_and_gives_the_documented_figures() throws IOException {
        // --- code as in the document ---
        Claimant first = Claimant.of(LocalDate.parse("2001-09-30"), Pence.ofPounds("1200.00"));   // 24
        Claimant second = Claimant.of(LocalDate.parse("1995-01-20"), Pence.ofPounds("300.00"));   // 31
        Child older = Child.of(LocalDate.parse("2016-05-01"), Sex.FEMALE);
        Child younger = Child.of(LocalDate.parse("2019-09-12"), Sex.FEMALE).withDisabledChildRate(DisabledChildRate.LOWER);
        RentedHome home = new RentedHome(Tenure.PRIVATE,
                new HousingPayment(Pence.ofPounds("950.00"), RentFrequency.MONTHLY), null, null, 3, false, null, false,
                new LhaSource.Supplied(Map.of(LhaCategory.TWO_BEDROOMS, Pence.ofPounds("875.00"),
                        LhaCategory.THREE_BEDROOMS, Pence.ofPounds("950.00"))));
        NonDependant adultSon = new NonDependant(LocalDate.parse("2002-11-03"), Sex.MALE, Set.of(),
                false, false, false, false, false, false, false);                                  // 23

        UcEstimateRequest request = UcEstimateRequest
                .couple(LocalDate.parse("2026-05-14"), Nation.ENGLAND, first, second)
                .withChildren(List.of(older, younger))
                .withHousing(home)
                .withNonDependants(List.of(adultSon))
                .withCapital(Pence.ofPounds("7400.00"));

        UcEstimate estimate = UniversalCredit.estimate(request);
        // --- end of the document's code ---

        assertThat(request).isEqualTo(UcFixtures.issueExample());
        assertThat(estimate.awardPence()).isEqualTo(Pence.of(172478));
        assertThat(estimate.paymentDate()).isEqualTo(LocalDate.parse("2026-06-19"));
        assertThat(ExplanationText.render(estimate.explanation())).isNotBlank();

        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        for (String figure : List.of("£666.97", "£351.88", "£303.94", "£164.79", "£950.00", "-£96.55", "£853.45",
                "**£2,341.03**", "£427.00", "£590.15", "£26.10", "£1,724.78", "2026-06-19", "£881")) {
            assertThat(doc).as("documented figure " + figure).contains(figure);
        }
        assertThat(estimate.maximumAmountPence()).isEqualTo(Pence.ofPounds("2341.03"));
        assertThat(estimate.benefitCap().earningsThresholdPence()).isEqualTo(Pence.ofPounds("881.00"));
        assertThat(estimate.meansTest().tariffIncomePence()).isEqualTo(Pence.ofPounds("26.10"));
    }

    @Test
    void without_the_non_dependant_the_two_bedroom_lha_caps_the_rent_as_the_document_says() throws IOException {
        UcEstimate estimate = UniversalCredit.estimate(UcFixtures.issueExample().withNonDependants(List.of()));
        assertThat(estimate.housing().capRentPence()).contains(Pence.ofPounds("875.00"));
        assertThat(estimate.total(UcElement.HOUSING_COSTS_ELEMENT)).isEqualTo(Pence.ofPounds("875.00"));
        assertThat(estimate.awardPence()).isEqualTo(Pence.ofPounds("1746.33"));
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8)).contains("**£1,746.33**");
    }
}
