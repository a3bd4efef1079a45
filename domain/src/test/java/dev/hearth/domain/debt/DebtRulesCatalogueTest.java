package dev.hearth.domain.debt;

import dev.hearth.domain.explain.Rule;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/rules/debts.md lists exactly the rules DebtRules declares, each with every column filled in. */
class DebtRulesCatalogueTest {

    @Test
    void the_catalogue_lists_exactly_the_declared_rule_ids_in_order() throws IOException {
        List<List<String>> rows = RulesCatalogueFile.rows(RulesCatalogueFile.locate("debts.md"), "debt.");
        assertThat(rows).extracting(r -> r.get(0))
                .containsExactlyElementsOf(DebtRules.all().stream().map(Rule::id).toList());
        assertThat(rows).allSatisfy(r -> {
            assertThat(r).hasSize(5);
            assertThat(r).allSatisfy(cell -> assertThat(cell).isNotBlank());
        });
    }

    @Test
    void every_code_and_test_file_the_catalogue_names_exists() throws IOException {
        Path doc = RulesCatalogueFile.locate("debts.md");
        Path root = doc.getParent().getParent().getParent();
        for (List<String> row : RulesCatalogueFile.rows(doc, "debt.")) {
            for (String cell : List.of(row.get(3), row.get(4))) {
                for (String name : cell.replace("`", "").split("[,;] *")) {
                    String file = name.trim().split("[#. ]")[0];
                    assertThat(findJava(root, file)).as("%s names %s", row.get(0), file).isTrue();
                }
            }
        }
    }

    @Test
    void every_class_and_method_the_code_column_names_exists() throws IOException {
        assertThat(RulesCatalogueFile.missingMembers(RulesCatalogueFile.locate("debts.md"), "debt.",
                "dev.hearth.domain.debt")).isEmpty();
    }

    @Test
    void rule_ids_are_unique_and_every_declared_rule_is_used_by_a_constant() {
        Set<String> ids = new HashSet<>();
        DebtRules.all().forEach(r -> assertThat(ids.add(r.id())).as(r.id()).isTrue());
        assertThat(ids).allMatch(id -> id.startsWith("debt."));
    }

    @Test
    void the_classification_table_in_the_catalogue_names_every_debt_type() throws IOException {
        String doc = Files.readString(RulesCatalogueFile.locate("debts.md"));
        for (DebtType type : DebtType.values()) {
            assertThat(doc).as(type.name()).contains("`" + type.name() + "`");
        }
    }

    private static boolean findJava(Path root, String simpleName) throws IOException {
        try (var paths = Files.walk(root.resolve("domain").resolve("src"))) {
            return paths.anyMatch(p -> p.getFileName().toString().equals(simpleName + ".java"));
        }
    }
}
