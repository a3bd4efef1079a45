package dev.hearth.domain.housing;

import dev.hearth.domain.explain.ExplanationBuilder;
import dev.hearth.domain.explain.Rule;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the "## Rules" table of {@code docs/rules/housing-costs.md} and {@link HousingRules#all()} in step, and checks
 * that every declared rule is used by the engine somewhere in the worked examples.
 */
class HousingRulesCatalogueTest {

    private static final Path CATALOGUE = Path.of("..", "docs", "rules", "housing-costs.md");
    private static final Pattern RULE_ROW = Pattern.compile("^\\|\\s*`(housing\\.[a-z0-9_.]+)`\\s*\\|(.*)$");

    @Test
    void catalogueListsExactlyTheRuleIdsTheEngineDeclares() throws IOException {
        Set<String> documented = new LinkedHashSet<>();
        boolean inRulesSection = false;
        for (String line : Files.readAllLines(CATALOGUE, StandardCharsets.UTF_8)) {
            if (line.startsWith("## ")) {
                inRulesSection = line.trim().equals("## Rules");
                continue;
            }
            Matcher m = RULE_ROW.matcher(line);
            if (inRulesSection && m.matches()) {
                assertThat(documented.add(m.group(1))).as("rule listed twice: " + m.group(1)).isTrue();
                String[] cells = m.group(2).split("\\|");
                assertThat(cells).as("row for " + m.group(1) + " needs what | law | code | tests")
                        .hasSizeGreaterThanOrEqualTo(4);
                for (String cell : List.of(cells).subList(0, 4)) {
                    assertThat(cell.trim()).as("empty cell in row " + m.group(1)).isNotEmpty();
                }
            }
        }
        assertThat(documented).containsExactlyElementsOf(HousingRules.all().stream().map(Rule::id).toList());
    }

    @Test
    void ruleIdsAreUniqueAndEveryRuleHasALegalReference() {
        assertThat(HousingRules.all()).extracting(Rule::id).doesNotHaveDuplicates();
        assertThat(HousingRules.all()).allSatisfy(r -> assertThat(r.legalReference()).isNotBlank());
    }

    @Test
    void everyDeclaredRuleIsUsedByTheEngine() {
        Set<String> used = new LinkedHashSet<>();
        HousingWorkedExamplesTest.examples().forEach(example -> {
            ExplanationBuilder builder = new ExplanationBuilder(HousingRules.RULESET_VERSION);
            HousingCostsElement.calculate(example.input(), example.rates(), example.period(), builder);
            used.addAll(builder.build().ruleIds());
        });
        assertThat(used).containsExactlyInAnyOrderElementsOf(HousingRules.all().stream().map(Rule::id).toList());
    }
}
