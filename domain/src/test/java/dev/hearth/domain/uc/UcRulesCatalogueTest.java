package dev.hearth.domain.uc;

import dev.hearth.domain.explain.RulesCatalogues;
import dev.hearth.domain.explain.Rule;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the "## Rules" table of {@code docs/rules/universal-credit.md} and {@link UcRules#all()} in step, and checks
 * that every declared rule is used by at least one worked example.
 */
class UcRulesCatalogueTest {


    @Test
    void catalogue_lists_exactly_the_rule_ids_the_engine_declares() throws IOException {
        RulesCatalogues.assertListsExactly("universal-credit.md", "uc", UcRules.all());
    }

    @Test
    void rule_ids_are_unique_and_every_rule_has_a_legal_reference() {
        assertThat(UcRules.all()).extracting(Rule::id).doesNotHaveDuplicates();
        assertThat(UcRules.all()).allSatisfy(r -> {
            assertThat(r.legalReference()).isNotBlank();
            assertThat(r.title()).isNotBlank();
        });
    }

    @Test
    void every_declared_rule_is_used_by_a_worked_example() {
        Set<String> used = new LinkedHashSet<>();
        for (Example example : UcWorkedExamplesTest.examples()) {
            used.addAll(UniversalCredit.estimate(example.request).explanation().ruleIds());
        }
        assertThat(used).containsAll(UcRules.all().stream().map(Rule::id).toList());
    }
}
