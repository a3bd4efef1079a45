package dev.hearth.domain.uc;

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
 * Keeps the "## Rules" table of {@code docs/rules/universal-credit.md} and {@link UcRules#all()} in step, and checks
 * that every declared rule is used by at least one worked example.
 */
class UcRulesCatalogueTest {

    private static final Path CATALOGUE = Path.of("..", "docs", "rules", "universal-credit.md");
    private static final Pattern RULE_ROW = Pattern.compile("^\\|\\s*`(uc\\.[a-z0-9_.]+)`\\s*\\|(.*)$");

    @Test
    void catalogue_lists_exactly_the_rule_ids_the_engine_declares() throws IOException {
        Set<String> documented = new LinkedHashSet<>();
        boolean inRules = false;
        for (String line : Files.readAllLines(CATALOGUE, StandardCharsets.UTF_8)) {
            if (line.startsWith("## ")) {
                inRules = line.trim().equals("## Rules");
                continue;
            }
            Matcher m = RULE_ROW.matcher(line);
            if (inRules && m.matches()) {
                assertThat(documented.add(m.group(1))).as("rule listed twice: " + m.group(1)).isTrue();
                String[] cells = m.group(2).split("\\|");
                assertThat(cells).as("row " + m.group(1) + " needs what | law | code | tests").hasSizeGreaterThanOrEqualTo(4);
                for (String cell : List.of(cells).subList(0, 4)) {
                    assertThat(cell.trim()).as("empty cell in row " + m.group(1)).isNotEmpty();
                }
            }
        }
        assertThat(documented).containsExactlyElementsOf(UcRules.all().stream().map(Rule::id).toList());
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
