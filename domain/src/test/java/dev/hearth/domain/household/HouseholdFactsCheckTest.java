package dev.hearth.domain.household;

import static org.assertj.core.api.Assertions.assertThat;

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
import dev.hearth.domain.validation.Violation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Stored facts are checked with the engines' own rules (so a fact is never accepted by one path and refused by
 * another), minus the problems that belong to a period rather than to the facts.
 */
class HouseholdFactsCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 14);

    private static HouseholdCircumstances single(Claimant claimant) {
        return HouseholdCircumstances.of(UcEstimateRequest.single(TODAY, Nation.ENGLAND, claimant));
    }

    private static List<String> fields(List<Violation> violations) {
        return violations.stream().map(Violation::field).toList();
    }

    @Test
    void acceptable_facts_have_no_violations() {
        assertThat(single(Claimant.of(LocalDate.of(1990, 1, 1), Pence.of(50_000))).check(TODAY)).isEmpty();
    }

    @Test
    void a_date_of_birth_after_today_is_refused_on_its_field() {
        // UC Regs 2013 reg 9: a claimant is a person; a birth date after the check date cannot be one (hand case)
        List<Violation> found = single(Claimant.of(TODAY.plusDays(1), Pence.ZERO)).check(TODAY);

        assertThat(fields(found)).contains("claimants[0].dateOfBirth");
    }

    @Test
    void negative_money_is_refused_naming_each_field() {
        HouseholdCircumstances facts = single(Claimant.of(LocalDate.of(1990, 1, 1), Pence.of(-1)));
        HouseholdCircumstances withCapital = new HouseholdCircumstances(facts.nation(), false, facts.claimants(),
                false, List.of(), null, List.of(), Pence.of(-5), List.of(), null, List.of(), false, false);

        assertThat(fields(withCapital.check(TODAY))).contains("claimants[0].netEarningsPence", "capitalPence");
    }

    @Test
    void rent_without_a_frequency_is_refused() {
        HouseholdCircumstances base = single(Claimant.of(LocalDate.of(1990, 1, 1), Pence.ZERO));
        RentedHome home = new RentedHome(Tenure.SOCIAL, new HousingPayment(Pence.of(50_000), null), null, null, 1,
                false, null, false, null);
        HouseholdCircumstances facts = new HouseholdCircumstances(Nation.ENGLAND, false, base.claimants(), false,
                List.of(), home, List.of(), Pence.ZERO, List.of(), null, List.of(), false, false);

        assertThat(fields(facts.check(TODAY))).anyMatch(f -> f.startsWith("housing.rent"));
    }

    @Test
    void a_household_is_storable_in_a_year_with_no_published_rates() {
        // rates are held to 31 March 2027 (docs/rules/universal-credit.md): on 1 June 2027 an estimate is refused
        // with rates_not_available, but the facts themselves are fine and may be stored
        LocalDate noRates = LocalDate.of(2027, 6, 1);
        HouseholdCircumstances facts = single(Claimant.of(LocalDate.of(1990, 1, 1), Pence.of(50_000)));

        assertThat(facts.check(noRates)).isEmpty();
    }

    @Test
    void a_child_too_old_to_count_is_refused() {
        // UC Regs 2013 reg 5: a qualifying young person is under 20; a person of 25 is neither child nor QYP
        HouseholdCircumstances base = single(Claimant.of(LocalDate.of(1970, 1, 1), Pence.ZERO));
        HouseholdCircumstances facts = new HouseholdCircumstances(Nation.ENGLAND, false, base.claimants(), false,
                List.of(Child.of(LocalDate.of(2001, 1, 1), Sex.MALE)), null, List.of(), Pence.ZERO, List.of(), null,
                List.of(), false, false);

        assertThat(fields(facts.check(TODAY))).anyMatch(f -> f.startsWith("children[0]"));
    }

    @Test
    void the_facts_estimate_for_any_period_as_the_same_request_with_that_date() {
        UcEstimateRequest request = UcEstimateRequest.single(TODAY, Nation.WALES,
                Claimant.of(LocalDate.of(1990, 1, 1), Pence.of(50_000)));

        assertThat(HouseholdCircumstances.of(request).forAssessmentPeriodStarting(TODAY)).isEqualTo(request);
    }

    @Test
    void a_debt_is_checked_with_the_planners_rules_and_its_note_length() {
        HouseholdDebt unknownType = new HouseholdDebt("LOAN_SHARK_ISH", null, Pence.of(100), null, null, null, false,
                null);
        HouseholdDebt nothingOwed = new HouseholdDebt("CREDIT_CARD", null, Pence.ZERO, null, null, null, false, null);
        HouseholdDebt longNote = new HouseholdDebt("CREDIT_CARD", null, Pence.of(100), null, null, null, false,
                "x".repeat(HouseholdDebt.MAX_NOTE_LENGTH + 1));
        HouseholdDebt fine = new HouseholdDebt("CREDIT_CARD", "Bank", Pence.of(100), null, null, null, false, "ok");

        assertThat(unknownType.check(TODAY, Nation.ENGLAND)).extracting(Violation::code)
                .containsExactly("unknown_debt_type");
        assertThat(nothingOwed.check(TODAY, Nation.ENGLAND)).extracting(Violation::field)
                .containsExactly("balancePence");
        assertThat(longNote.check(TODAY, Nation.ENGLAND)).extracting(Violation::field).containsExactly("note");
        assertThat(fine.check(TODAY, Nation.ENGLAND)).isEmpty();
    }
}
