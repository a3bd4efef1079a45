package dev.hearth.domain.timing;

import dev.hearth.domain.explain.Rule;
import dev.hearth.domain.place.Nation;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the "## Rules" table of {@code docs/rules/uc-payment-timing.md} and {@link TimingRules#all()} in step, and checks
 * that every declared rule is actually used by the engine.
 */
class TimingRulesCatalogueTest {

    private static final Path CATALOGUE = Path.of("..", "docs", "rules", "uc-payment-timing.md");
    private static final Pattern RULE_ROW = Pattern.compile("^\\|\\s*`(timing\\.[a-z0-9_.]+)`\\s*\\|(.*)$");

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
            if (!inRulesSection) {
                continue;
            }
            if (m.matches()) {
                assertThat(documented.add(m.group(1))).as("rule listed twice: " + m.group(1)).isTrue();
                String[] cells = m.group(2).split("\\|");
                assertThat(cells).as("row for " + m.group(1) + " needs what | law | code | tests").hasSizeGreaterThanOrEqualTo(4);
                for (String cell : List.of(cells).subList(0, 4)) {
                    assertThat(cell.trim()).as("empty cell in row " + m.group(1)).isNotEmpty();
                }
            }
        }
        assertThat(documented).containsExactlyElementsOf(TimingRules.all().stream().map(Rule::id).toList());
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
