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
    void catalogueListsExactlyTheRuleIdsTheEngineDeclares() throws IOException {
        RulesCatalogues.assertListsExactly("uc-payment-timing.md", "timing", TimingRules.all());
    }

    @Test
    void ruleIdsAreUniqueAndEveryRuleHasALegalReference() {
        assertThat(TimingRules.all()).extracting(Rule::id).doesNotHaveDuplicates();
        assertThat(TimingRules.all()).allSatisfy(r -> assertThat(r.legalReference()).isNotBlank());
    }

    @Test
    void everyDeclaredRuleIsUsedByTheEngine() {
        Set<String> used = new LinkedHashSet<>();
        used.addAll(UcPaymentTiming.forNewClaim(LocalDate.of(2026, 1, 31), Nation.ENGLAND).explanation().ruleIds());
        used.addAll(UcPaymentTiming.forNewClaim(LocalDate.of(2026, 3, 8), Nation.SCOTLAND).explanation().ruleIds());
        assertThat(used).containsExactlyInAnyOrderElementsOf(
                TimingRules.all().stream().map(Rule::id).collect(Collectors.toList()));
    }
}
