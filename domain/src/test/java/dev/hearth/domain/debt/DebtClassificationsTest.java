package dev.hearth.domain.debt;

import dev.hearth.domain.place.Nation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class DebtClassificationsTest {

    @ParameterizedTest
    @EnumSource(DebtType.class)
    void every_type_is_classified_for_england_wales_and_scotland_with_a_source(DebtType type) {
        for (Nation nation : new Nation[]{Nation.ENGLAND, Nation.WALES, Nation.SCOTLAND}) {
            ClassificationEntry entry = DebtClassifications.lookup(type, nation).orElseThrow();
            assertThat(entry.source()).isNotBlank();
            assertThat(entry.sanction()).isNotBlank();
        }
        assertThat(DebtClassifications.lookup(type, Nation.NORTHERN_IRELAND)).isEmpty();
    }

    @Test
    void the_types_named_in_the_issue_are_all_present() {
        assertThat(DebtType.values()).hasSizeGreaterThanOrEqualTo(29);
        assertThat(DebtType.parse("COUNCIL_TAX")).contains(DebtType.COUNCIL_TAX);
        assertThat(DebtType.parse("council_tax")).isEmpty();
    }

    @Test
    void contested_types_are_those_the_sources_disagree_on() {
        assertThat(java.util.Arrays.stream(DebtType.values())
                .filter(t -> DebtClassifications.lookup(t, Nation.ENGLAND).orElseThrow().contested()))
                .containsExactlyInAnyOrder(DebtType.BENEFIT_OVERPAYMENT, DebtType.TAX_CREDIT_OVERPAYMENT,
                        DebtType.SOCIAL_FUND_LOAN, DebtType.UC_ADVANCE, DebtType.PARKING_PENALTY, DebtType.OTHER);
        assertThat(DebtClassifications.lookup(DebtType.WATER, Nation.SCOTLAND).orElseThrow().contested()).isTrue();
    }

    @Test
    void scottish_rows_not_researched_are_marked_unconfirmed() {
        assertThat(DebtClassifications.lookup(DebtType.GAS, Nation.SCOTLAND).orElseThrow().confidence())
                .isEqualTo(SourceConfidence.UNCONFIRMED);
        assertThat(DebtClassifications.lookup(DebtType.RENT_ARREARS, Nation.SCOTLAND).orElseThrow().confidence())
                .isEqualTo(SourceConfidence.SECONDARY);
    }
}
