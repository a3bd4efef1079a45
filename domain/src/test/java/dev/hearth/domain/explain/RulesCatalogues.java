package dev.hearth.domain.explain;

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
 * Checks a rules catalogue in {@code docs/rules/} against the rules an engine declares: the "## Rules" table lists
 * each rule id exactly once, in declaration order, and every row has non-empty what | law | code | tests cells.
 */
public final class RulesCatalogues {

    private RulesCatalogues() {
    }

    /**
     * @param document  the catalogue's file name under docs/rules/, e.g. {@code universal-credit.md}
     * @param idPrefix  the prefix every rule id of the engine has, e.g. {@code uc}
     * @param declared  the engine's rules, in declaration order
     */
    public static void assertListsExactly(String document, String idPrefix, List<Rule> declared) throws IOException {
        Pattern ruleRow = Pattern.compile("^\\|\\s*`(" + Pattern.quote(idPrefix) + "\\.[a-z0-9_.]+)`\\s*\\|(.*)$");
        Set<String> documented = new LinkedHashSet<>();
        boolean inRulesSection = false;
        for (String line : Files.readAllLines(Path.of("..", "docs", "rules", document), StandardCharsets.UTF_8)) {
            if (line.startsWith("## ")) {
                inRulesSection = line.trim().equals("## Rules");
                continue;
            }
            Matcher m = ruleRow.matcher(line);
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
        assertThat(documented).containsExactlyElementsOf(declared.stream().map(Rule::id).toList());
    }
}
