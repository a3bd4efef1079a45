package dev.hearth.domain.timing;

import dev.hearth.domain.explain.RulesCatalogues;
import dev.hearth.domain.explain.Rule;
import dev.hearth.domain.place.Nation;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the "## Rules" table of {@code docs/rules/uc-payment-timing.md} and {@link TimingRules#all()} in step, and checks
 * that every declared rule is actually used by the engine.
 */
class TimingRulesCatalogueTest {


    @Test
    void catalogue_lists_exactly_the_rule_ids_the_engine_declares() throws IOException {
        RulesCatalogues.assertListsExactly("uc-payment-timing.md", "timing", TimingRules.all());
    }

    @Test
    void rule_ids_are_unique_and_every_rule_has_a_legal_reference() {
        assertThat(TimingRules.all()).extracting(Rule::id).doesNotHaveDuplicates();
        assertThat(TimingRules.all()).allSatisfy(r -> assertThat(r.legalReference()).isNotBlank());
    }

    @Test
    void every_declared_rule_is_used_by_the_engine() {
        Set<String> used = new LinkedHashSet<>();
        used.addAll(UcPaymentTiming.forNewClaim(LocalDate.of(2026, 1, 31), Nation.ENGLAND).explanation().ruleIds());
        used.addAll(UcPaymentTiming.forNewClaim(LocalDate.of(2026, 3, 8), Nation.SCOTLAND).explanation().ruleIds());
        assertThat(used).containsExactlyInAnyOrderElementsOf(
                TimingRules.all().stream().map(Rule::id).collect(Collectors.toList()));
    }
}
