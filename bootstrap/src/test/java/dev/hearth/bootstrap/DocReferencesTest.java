package dev.hearth.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Docs that match the code: every class, method, package and file that README.md and docs/ name exists. */
class DocReferencesTest {

    private static Path root;
    private static DocReferences references;

    @BeforeAll
    static void indexTheSources() {
        root = RepositoryFiles.root();
        references = DocReferences.of(root);
    }

    @Test
    void every_class_and_file_named_in_the_readme_and_docs_exists() throws IOException {
        List<Path> documents;
        try (Stream<Path> files = Files.walk(root.resolve("docs"))) {
            documents = Stream.concat(Stream.of(root.resolve("README.md")),
                    files.filter(p -> p.toString().endsWith(".md")).sorted()).toList();
        }

        List<String> problems = documents.stream().flatMap(doc -> references.problems(doc).stream()).toList();

        assertThat(problems).as("names in the docs that no longer exist: rename them to the real class or file, or "
                + "drop the stale sentence").isEmpty();
    }

    @Test
    void a_class_that_does_not_exist_is_reported() {
        List<String> problems = references.problems("docs/sample.md",
                "Routes are wired by `RouteRegistrar` and money is `Pence`.");

        assertThat(problems).containsExactly("docs/sample.md: `RouteRegistrar` names no class, record, interface or "
                + "enum under */src/main or */src/test");
    }

    @Test
    void a_missing_class_in_a_java_code_block_is_reported() {
        List<String> problems = references.problems("docs/sample.md", """
                ```java
                List<Pence> amounts = new RouteRegistrar().amounts(); // a comment naming NoSuchThing is skipped
                ```
                """);

        assertThat(problems).containsExactly("docs/sample.md: RouteRegistrar (in a Java code block) names no class, "
                + "record, interface or enum under */src/main or */src/test");
    }

    @Test
    void a_file_named_without_its_folder_must_exist_somewhere() {
        assertThat(references.problems("docs/sample.md", "`V20__households.sql`, `ReadmeTest.java`")).isEmpty();
        assertThat(references.problems("docs/sample.md", "`V99__nothing.sql`")).containsExactly(
                "docs/sample.md: `V99__nothing.sql` names no file of the repository");
    }

    @Test
    void a_method_its_class_does_not_mention_is_reported() {
        assertThat(references.problems("docs/sample.md", "See `Pence#plus` and `Pence#noSuchMethodAnywhere()`."))
                .containsExactly("docs/sample.md: `Pence#noSuchMethodAnywhere()` names noSuchMethodAnywhere, which "
                        + "Pence.java does not mention");
        assertThat(references.problems("docs/sample.md", "`Pence.noSuchConstant` caps input.")).hasSize(1);
    }

    @Test
    void a_hearth_class_by_its_dotted_name_must_be_in_that_package() {
        assertThat(references.problems("docs/sample.md", "`dev.hearth.domain.money.Pence`, `dev.hearth.domain..`"))
                .isEmpty();
        assertThat(references.problems("docs/sample.md",
                "`dev.hearth.bootstrap.Pence` and `application.port.out.nowhere`")).hasSize(2);
    }

    @Test
    void a_missing_repository_file_or_link_is_reported() {
        List<String> problems = references.problems("docs/sample.md", """
                Read `docs/runbooks/key-rotation.md` and `docs/runbooks/no-such-runbook.md`, then
                [the ADR](adr/0001-hexagonal-modules-as-maven-rings.md) and [a gone one](adr/0999-gone.md).

                ```bash
                curl --data @docs/examples/debt-plan.json localhost:8080/v1/plans/debts
                curl --data @docs/examples/no-such-case.json localhost:8080/v1/plans/debts
                ```
                """);

        assertThat(problems).containsExactlyInAnyOrder(
                "docs/sample.md: path docs/examples/no-such-case.json (in a code block) does not exist",
                "docs/sample.md: `docs/runbooks/no-such-runbook.md` is not a file of the repository",
                "docs/sample.md: link (adr/0999-gone.md) points at nothing");
    }

    @Test
    void build_outputs_outside_paths_jdk_types_and_http_words_are_not_checked() {
        assertThat(references.problems("docs/sample.md", """
                Run `bootstrap/target/hearth.jar`; keys in `/etc/hearth/keyset.json` or
                `<HEARTH_DATA_DIR>/keys/field-keyset.json`; `Content-Type: application/json`, `Retry-After`,
                `ETag`, `COUNCIL_TAX`, `awardPence`, `BigDecimal(double)`, `Long.MAX_VALUE`, `List<Step>`,
                `Clock`, `.hearth/keys/field-keyset.json`, another project's `infra/seed/lha.sql`,
                `dev.hearth.http.access` (a logger), [the API](https://example.org/api.md).
                """)).isEmpty();
    }
}
