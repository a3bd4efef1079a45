package dev.hearth.domain.rent;

import dev.hearth.domain.debt.RulesCatalogueFile;
import dev.hearth.domain.explain.Rule;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/rules/rent-risk.md lists exactly the rules RentRiskRules declares, each with every column filled in. */
class RentRiskRulesCatalogueTest {

    @Test
    void the_catalogue_lists_exactly_the_declared_rule_ids_in_order() throws IOException {
        List<List<String>> rows = RulesCatalogueFile.rows(RulesCatalogueFile.locate("rent-risk.md"), "rent.");
        assertThat(rows).extracting(r -> r.get(0))
                .containsExactlyElementsOf(RentRiskRules.all().stream().map(Rule::id).toList());
        assertThat(rows).allSatisfy(r -> {
            assertThat(r).hasSize(5);
            assertThat(r).allSatisfy(cell -> assertThat(cell).isNotBlank());
        });
    }

    @Test
    void every_code_and_test_class_the_catalogue_names_exists() throws IOException {
        Path doc = RulesCatalogueFile.locate("rent-risk.md");
        Path src = doc.getParent().getParent().getParent().resolve("domain").resolve("src");
        for (List<String> row : RulesCatalogueFile.rows(doc, "rent.")) {
            for (String cell : List.of(row.get(3), row.get(4))) {
                for (String name : cell.replace("`", "").split("[,;] *")) {
                    String simple = name.trim().split("[#. ]")[0];
                    try (var paths = Files.walk(src)) {
                        assertThat(paths.anyMatch(p -> p.getFileName().toString().equals(simple + ".java")))
                                .as("%s names %s", row.get(0), simple).isTrue();
                    }
                }
            }
        }
    }

    @Test
    void every_class_and_method_the_code_column_names_exists() throws IOException {
        assertThat(RulesCatalogueFile.missingMembers(RulesCatalogueFile.locate("rent-risk.md"), "rent.",
                "dev.hearth.domain.rent")).isEmpty();
    }

    @Test
    void every_rule_id_is_unique_and_in_the_rent_namespace() {
        assertThat(RentRiskRules.all()).extracting(Rule::id).doesNotHaveDuplicates()
                .allMatch(id -> id.startsWith("rent."));
    }
}
