package dev.hearth.domain.housing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearth.domain.uc.Claimant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The same facts give the same explanation text and the same stored JSON on every run: a set of benefits iterates in
 * declaration order whatever order it was given in (Set.copyOf's order changes between JVM runs).
 */
class DisabilityBenefitOrderTest {

    @Test
    void benefits_iterate_in_declaration_order_whatever_order_they_were_given_in() {
        List<DisabilityBenefit> reversed = Arrays.asList(DisabilityBenefit.values().clone());
        java.util.Collections.reverse(reversed);

        Set<DisabilityBenefit> copy = DisabilityBenefit.copyOf(new LinkedHashSet<>(reversed));

        assertThat(copy).containsExactly(DisabilityBenefit.values());
    }

    @Test
    void a_claimants_benefits_are_ordered_and_unmodifiable_and_equal_to_any_set_of_the_same_benefits() {
        Set<DisabilityBenefit> given = new HashSet<>(Set.of(DisabilityBenefit.values()[3], DisabilityBenefit.values()[1]));
        Claimant claimant = Claimant.of(LocalDate.of(1980, 1, 1), dev.hearth.domain.money.Pence.ZERO)
                .withDisabilityBenefits(given);

        assertThat(claimant.disabilityBenefits()).containsExactly(DisabilityBenefit.values()[1],
                DisabilityBenefit.values()[3]).isEqualTo(given);
        assertThatThrownBy(() -> claimant.disabilityBenefits().add(DisabilityBenefit.values()[0]))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void no_benefits_is_the_empty_set_and_a_null_benefit_is_refused() {
        assertThat(DisabilityBenefit.copyOf(null)).isEmpty();
        assertThat(DisabilityBenefit.copyOf(Set.of())).isEmpty();
        assertThatThrownBy(() -> DisabilityBenefit.copyOf(Arrays.asList(DisabilityBenefit.values()[0], null)))
                .isInstanceOf(NullPointerException.class);
    }
}
