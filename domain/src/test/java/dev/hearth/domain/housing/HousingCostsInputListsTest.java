package dev.hearth.domain.housing;

import dev.hearth.domain.housing.HousingCostsInput.Child;
import dev.hearth.domain.housing.HousingCostsInput.Claimant;
import dev.hearth.domain.housing.HousingCostsInput.HousingPayment;
import dev.hearth.domain.money.Pence;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The people lists of a {@link HousingCostsInput} never change once it is made: a caller's own list is copied (null
 * elements kept, so validation can name them), while a {@code List.of} / {@code List.copyOf} list, which can never
 * change, is kept as it is (the Universal Credit engine passes such lists, so they are not copied twice).
 */
class HousingCostsInputListsTest {

    private static final Claimant RENTER = HousingFixtures.adult(LocalDate.of(1990, 1, 1));
    private static final Child GIRL = HousingFixtures.child(LocalDate.of(2018, 3, 1), Sex.FEMALE);

    private static HousingCostsInput input(List<Claimant> claimants, List<Child> children) {
        return new HousingCostsInput(Tenure.SOCIAL, new HousingPayment(Pence.ofPounds("500.00"), RentFrequency.MONTHLY),
                null, null, 2, false, claimants, children, null, null, false, null);
    }

    @Test
    void a_callers_own_list_is_copied_so_changing_it_afterwards_changes_nothing() {
        List<Claimant> claimants = new ArrayList<>(List.of(RENTER));
        List<Child> children = new ArrayList<>(List.of(GIRL));
        HousingCostsInput input = input(claimants, children);
        claimants.add(RENTER);
        children.clear();

        assertThat(input.claimants()).containsExactly(RENTER);
        assertThat(input.children()).containsExactly(GIRL);
        assertThatThrownBy(() -> input.children().add(GIRL)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void null_elements_are_kept_so_that_validation_can_name_them() {
        HousingCostsInput input = input(Arrays.asList(RENTER, null), Arrays.asList(null, GIRL));
        assertThat(input.claimants()).containsExactly(RENTER, null);
        assertThat(input.children()).containsExactly(null, GIRL);
    }

    @Test
    void a_list_that_can_never_change_is_kept_as_it_is() {
        List<Claimant> two = List.of(RENTER, RENTER);
        List<Child> three = List.copyOf(Arrays.asList(GIRL, GIRL, GIRL));
        HousingCostsInput input = input(two, three);
        assertThat(input.claimants()).isSameAs(two);
        assertThat(input.children()).isSameAs(three);
        assertThat(input.nonDependants()).isEmpty();
        assertThat(input).isEqualTo(input(new ArrayList<>(two), new ArrayList<>(three)));
    }
}
