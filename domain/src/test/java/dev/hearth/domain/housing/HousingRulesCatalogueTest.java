package dev.hearth.domain.housing;

import dev.hearth.domain.explain.RulesCatalogues;
import dev.hearth.domain.explain.ExplanationBuilder;
import dev.hearth.domain.explain.Rule;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the "## Rules" table of {@code docs/rules/housing-costs.md} and {@link HousingRules#all()} in step, and checks
 * that every declared rule is used by the engine somewhere in the worked examples.
 */
class HousingRulesCatalogueTest {


    @Test
    void catalogue_lists_exactly_the_rule_ids_the_engine_declares() throws IOException {
        RulesCatalogues.assertListsExactly("housing-costs.md", "housing", HousingRules.all());
    }

    @Test
    void rule_ids_are_unique_and_every_rule_has_a_legal_reference() {
        assertThat(HousingRules.all()).extracting(Rule::id).doesNotHaveDuplicates();
        assertThat(HousingRules.all()).allSatisfy(r -> assertThat(r.legalReference()).isNotBlank());
    }

    @Test
    void every_declared_rule_is_used_by_the_engine() {
        Set<String> used = new LinkedHashSet<>();
        HousingWorkedExamplesTest.examples().forEach(example -> {
            ExplanationBuilder builder = new ExplanationBuilder(HousingRules.RULESET_VERSION);
            HousingCostsElement.calculate(example.input(), example.rates(), example.period(), builder);
            used.addAll(builder.build().ruleIds());
        });
        assertThat(used).containsExactlyInAnyOrderElementsOf(HousingRules.all().stream().map(Rule::id).toList());
    }
}
